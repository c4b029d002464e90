package io.newsflow.streams.enrich;

import java.util.List;

/** Where an entity is mentioned: paragraph index (lead first) and character offsets in it. */
public record Mention(Entity entity, int paragraph, int start, int end) {

    /** Whether one of {@code mentions} covers the character at {@code offset} of paragraph {@code paragraph}. */
    static boolean anyCovers(List<Mention> mentions, int paragraph, int offset) {
        for (Mention m : mentions) {
            if (m.paragraph() == paragraph && m.start() <= offset && offset < m.end()) {
                return true;
            }
        }
        return false;
    }
}
