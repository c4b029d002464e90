package io.newsflow.streams.enrich;

/** Where an entity is mentioned: paragraph index (lead first) and character offsets in it. */
public record Mention(Entity entity, int paragraph, int start, int end) {
}
