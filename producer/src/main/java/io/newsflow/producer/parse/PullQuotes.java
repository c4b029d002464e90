package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.newsflow.avro.BodyBlock;

/**
 * A pull quote, or any paragraph the page prints twice: a sentence of the story set off on its own
 * line ("Coal simply isn't the cheapest option for our customers anymore.") repeats words the story
 * already holds, and reading them twice would skew counts, quotes and fingerprints. The later or
 * shorter copy goes; the story keeps its own sentence.
 */
final class PullQuotes {

    /** A shorter repeat is a pull quote only from this many words: "He said no." may well recur. */
    private static final int MIN_WORDS = 8;
    /** Pages with more paragraphs than this are left as they are (the check compares every pair). */
    private static final int MAX_PARAGRAPHS = 300;
    private static final Pattern QUOTES = Pattern.compile("[\"'«»„“”‘’]");
    private static final Pattern EDGES = Pattern.compile("^[\\s\\p{P}]+|[\\s\\p{P}]+$");

    private PullQuotes() {
    }

    /** The body without the paragraphs that repeat another block's words or the lead. */
    static List<BodyBlock> withoutRepeats(List<BodyBlock> body, String lead) {
        if (body.size() < 2 || body.size() > MAX_PARAGRAPHS) {
            return body;
        }
        List<String> cores = new ArrayList<>(body.size());
        for (BodyBlock b : body) {
            cores.add(core(b.getText()));
        }
        String leadCore = lead == null ? "" : core(lead);
        List<BodyBlock> kept = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            if (!repeats(cores, i, leadCore)) { // a heading too: a pull quote set off without its stop reads as one
                kept.add(body.get(i));
            }
        }
        return kept.size() == body.size() ? body : kept;
    }

    private static boolean repeats(List<String> cores, int i, String leadCore) {
        String p = cores.get(i);
        if (p.split(" ").length < MIN_WORDS) {
            return false;
        }
        if (leadCore.length() > p.length() && leadCore.contains(p)) {
            return true;
        }
        for (int j = 0; j < cores.size(); j++) {
            String q = cores.get(j);
            if (j != i && (q.length() > p.length() && q.contains(p) || j < i && q.equals(p))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, no quote marks, single spaces, no punctuation at either end. */
    private static String core(String text) {
        return EDGES.matcher(QUOTES.matcher(ArticleIds.normaliseText(text)).replaceAll("")).replaceAll("");
    }
}
