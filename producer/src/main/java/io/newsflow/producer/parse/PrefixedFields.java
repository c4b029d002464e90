package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An object whose fields all carry the record's kind before their names (NewsBlur's stories: {@code "story_title"},
 * {@code "story_content"}, {@code "story_authors"}, {@code "story_date"}, {@code "story_tags"}; Kentico's news pages,
 * {@code "NewsTitle"}, {@code "NewsText"}, {@code "NewsReleaseDate"}) read without it, as the
 * names every reader here knows ({@code "title"}, {@code "content"}, {@code "authors"}). Only when most of its names
 * share the one prefix with a title and a text among them: a single {@code "post_title"} among plain names is left as
 * it is.
 */
final class PrefixedFields {

    /** The most characters a prefix has, its "_" included: a word naming the record ("story_", "article_", "item_"). */
    private static final int MAX_PREFIX = 12;

    private PrefixedFields() {
    }

    /** The object with the prefix most of its names share taken off them (a name it would clash with kept); else the node. */
    static JsonNode unprefixed(JsonNode node) {
        String prefix = node.isObject() ? sharedPrefix(node) : null;
        if (prefix == null) {
            return node;
        }
        return JsonRecords.renamed(node, name -> name.startsWith(prefix) && name.length() > prefix.length()
                && (prefix.endsWith("_") || Character.isUpperCase(name.charAt(prefix.length())))
                ? Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1) : name,
                UnaryOperator.identity()); // (both "story_title" and "title": the first written wins)
    }

    /**
     * The "word_" that three of the object's names or more open with, among them a title's and a text's ("story_title",
     * "story_content"), when the object has no plain title of its own; or null.
     */
    private static String sharedPrefix(JsonNode object) {
        if (object.has("title")) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            int underscore = name.indexOf('_');
            int capital = firstCapital(name);
            if (underscore > 0 && underscore < MAX_PREFIX && underscore < name.length() - 1) {
                counts.merge(name.substring(0, underscore + 1), 1, Integer::sum);
            } else if (underscore < 0 && capital > 1 && capital < MAX_PREFIX) { // (Kentico's "NewsTitle")
                counts.merge(name.substring(0, capital), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3 && has(object, e.getKey(), "title")
                        && TEXTS.stream().anyMatch(t -> has(object, e.getKey(), t)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Whether the object has the name after the prefix, glued to it after "_" or capitalised after a camel-case one. */
    private static boolean has(JsonNode object, String prefix, String name) {
        return object.has(prefix + (prefix.endsWith("_") ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1)));
    }

    /** Where a camel-case or Pascal-case name's first capital after its first letter stands, or -1. */
    private static int firstCapital(String name) {
        for (int k = 1; k < name.length(); k++) {
            if (Character.isUpperCase(name.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /** The names a record's text goes by. */
    private static final List<String> TEXTS = List.of("content", "body", "text", "html");
}
