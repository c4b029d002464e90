/** newsflow streams. */
package io.newsflow.streams;
