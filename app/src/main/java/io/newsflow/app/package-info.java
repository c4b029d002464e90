/** newsflow app. */
package io.newsflow.app;
