package io.newsflow.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One raw capitalised span and the paragraph it stands in, with the memoised {@link Word} of each
 * of its words (possessive and elision stripped), so cleaning reads fields instead of hashing strings.
 */
final class Span {
    static final Set<String> ARTICLES = Set.of("the", "a", "an", "der", "die", "das", "le", "la", "les", "el",
            "los", "las", "het", "een", "il", "lo", "gli");

    final String text;
    final List<Token> tokens;
    final int from;
    final int to;
    final int paragraph;
    /** Languages ({@link Word#stopLanguages()} bits) whose stop words are not names. */
    final int stopLanguages;
    final Set<String> known;
    /** First words of the multi-word names in {@code known}. */
    final Set<String> knownStarts;
    final boolean capitalisedNouns;
    private final Word[] words;

    Span(String text, List<Token> tokens, int from, int to, int paragraph, int stopLanguages,
            Set<String> known, Set<String> knownStarts, boolean capitalisedNouns) {
        this.text = text;
        this.tokens = tokens;
        this.from = from;
        this.to = to;
        this.paragraph = paragraph;
        this.stopLanguages = stopLanguages;
        this.known = known;
        this.knownStarts = knownStarts;
        this.capitalisedNouns = capitalisedNouns;
        this.words = new Word[to - from];
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = k == from ? t.withoutElision() : t.text();
            if (CandidateFinder.possessive(t)) {
                w = w.substring(0, w.length() - 2);
            } else if (w.endsWith("'") || w.endsWith("\u2019")) {
                w = w.substring(0, w.length() - 1);
            }
            // only stripping changes a word: then it is looked up as what is left ("Europe's" as "Europe")
            words[k - from] = w.length() == t.text().length() ? t.word() : Word.of(w);
        }
    }

    /** Whether word k has the gazetteer flag bit(s). */
    boolean has(int k, int bit) {
        return words[k - from].has(bit);
    }

    /** Whether word k is in one of the {@link Word#hasClass word classes} of {@code bits}. */
    boolean is(int k, int bits) {
        return words[k - from].hasClass(bits);
    }

    /** Word k is a stop word of the article's language or English, and not in capitals ("US", "IT"). */
    boolean stop(int k) {
        return words[k - from].stopIn(stopLanguages) && !words[k - from].hasClass(Word.ALL_CAPS);
    }

    String word(int k) {
        return words[k - from].surface();
    }

    String lower(int k) {
        return words[k - from].lower();
    }

    String key(int a, int b) {
        if (b - a == 1) {
            return lower(a);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            sb.append(k > a ? " " : "").append(lower(k));
        }
        return sb.toString();
    }

    /** The nearest word before the span, skipping articles ("in the Atacama"). */
    String previous() {
        Token t = previousToken();
        return t == null ? "" : t.lower();
    }

    /** Whether {@link #previous()} is a title ("Governor"), read from its memoised flags. */
    boolean previousIsTitle() {
        Token t = previousToken();
        return t != null && t.word().has(Gazetteer.TITLE);
    }

    private Token previousToken() {
        int k = previousIndex();
        return k < 0 ? null : tokens.get(k);
    }

    private int previousIndex() {
        for (int k = from - 1; k >= 0 && k >= from - 2; k--) {
            if (!tokens.get(k).word().hasClass(Word.ARTICLE)) {
                return k;
            }
        }
        return -1;
    }

    Candidate candidate(int a, int b, boolean afterTitle, boolean initial) {
        List<String> names;
        List<String> lowerNames;
        Word[] memo = new Word[b - a];
        String key;
        int listed;
        if (b - a == 1) { // the common case: one word, no list copies, no join and no lookup
            memo[0] = withoutElision(a);
            names = List.of(memo[0].surface());
            lowerNames = List.of(memo[0].lower());
            key = memo[0].lower();
            listed = memo[0].gazetteer();
        } else {
            names = new ArrayList<>(b - a);
            lowerNames = new ArrayList<>(b - a);
            for (int k = a; k < b; k++) {
                memo[k - a] = k == a ? withoutElision(k) : words[k - from];
                names.add(memo[k - a].surface());
                lowerNames.add(memo[k - a].lower());
            }
            key = String.join(" ", lowerNames);
            // a listed multi-word name starts with a phrase-start word: otherwise no lookup
            listed = memo[0].has(Gazetteer.PHRASE_START) ? Gazetteer.get().listed(key) : 0;
        }
        // the word right after the span, only when nothing but space separates them
        String next = b < tokens.size() && CandidateFinder.adjacent(text, tokens.get(b - 1), tokens.get(b))
                ? tokens.get(b).lower() : "";
        // "in Amsterdam and Vlissingen": a listed name shares the context of the list
        String prev = a == from || tokens.get(a - 1).word().hasClass(Word.AND) ? previous() : tokens.get(a - 1).lower();
        // and the word before that, for "port *of* Rønne" (read only by the classifier)
        int p = a == from || tokens.get(a - 1).word().hasClass(Word.AND) ? previousIndex() : a - 1;
        String prev2 = p > 0 ? tokens.get(p - 1).lower() : "";
        return new Candidate(names, lowerNames, memo, key, listed & (Gazetteer.PLACE | Gazetteer.ORGANIZATION), paragraph, tokens.get(a).start(), tokens.get(b - 1).end(),
                initial, prev, prev2, next, afterTitle, apposition(b));
    }

    /** Word k with any elision stripped ("d'Espagne" as "Espagne"): the first word of a candidate. */
    private Word withoutElision(int k) {
        String w = Token.stripElision(word(k));
        return w.length() == word(k).length() ? words[k - from] : Word.of(w);
    }

    /**
     * The words of an apposition: after ", " following the span and closed by punctuation within
     * eight words ("Verdi, the services union, called"), else none.
     */
    List<Word> apposition(int b) {
        if (b >= tokens.size()) {
            return List.of();
        }
        int end = tokens.get(b - 1).end();
        if (end >= text.length() || text.charAt(end) != ',') {
            return List.of();
        }
        int last = end + 1;
        int k = b;
        for (; k < tokens.size() && k < b + 8; k++) {
            Token t = tokens.get(k);
            for (int x = last; x < t.start(); x++) {
                char ch = text.charAt(x);
                if (ch == ',' || ch == '.' || ch == ';' || ch == ':') {
                    return words(b, k);
                }
            }
            last = t.end();
        }
        int x = last;
        while (x < text.length() && Character.isWhitespace(text.charAt(x))) {
            x++;
        }
        return x >= text.length() || ",.;:".indexOf(text.charAt(x)) >= 0 ? words(b, k) : List.of();
    }

    private List<Word> words(int a, int b) {
        Word[] words = new Word[b - a];
        for (int k = a; k < b; k++) {
            words[k - a] = tokens.get(k).word();
        }
        return List.of(words);
    }
}
