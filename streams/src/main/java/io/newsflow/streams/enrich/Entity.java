package io.newsflow.streams.enrich;

import java.util.Objects;

/**
 * A named entity of one article: canonical name (the longest form the article uses), type, how
 * often the article mentions it in any form, and for countries the ISO 3166 alpha-2 code.
 */
public record Entity(String name, EntityType type, int mentions, String countryCode) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (mentions < 1) {
            throw new IllegalArgumentException("entity '" + name + "' needs at least one mention, got " + mentions);
        }
    }
}
