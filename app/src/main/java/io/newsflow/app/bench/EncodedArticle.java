package io.newsflow.app.bench;

/** An article as it travels on {@code articles.raw}: its key and its Avro bytes in the registry's wire format. */
record EncodedArticle(String key, byte[] value) { }
