/** newsflow registry. */
package io.newsflow.registry;
