/** newsflow producer. */
package io.newsflow.producer;
