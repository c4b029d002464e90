package io.newsflow.streams.enrich;

import java.util.List;

/**
 * One raw capitalised span and the paragraph it stands in, with the memoised {@link Word} of each
 * of its words (possessive and elision stripped), so cleaning reads fields instead of hashing strings.
 * One instance serves a whole article ({@link #at} moves it to the next span): an article has
 * hundreds of spans, and only the {@link Candidate}s made from them live on.
 */
final class Span {
    String text;
    Tokens tokens;
    int from, to;
    int paragraph;
    /** Languages ({@link Word#stopLanguages()} bits) whose stop words are not names. */
    final int stopLanguages;
    final KnownNames known;
    /** First words of the multi-word names in {@code known}. */
    final KnownNames knownStarts;
    final boolean capitalisedNouns;
    /** German, Swedish, Danish and Norwegian write a place's genitive with a bare "-s" ("Deutschlands", "Danmarks"). */
    private final boolean placeGenitives;
    private Word[] words = new Word[8];

    Span(int stopLanguages, KnownNames known, KnownNames knownStarts, boolean capitalisedNouns) {
        this.stopLanguages = stopLanguages;
        this.known = known;
        this.knownStarts = knownStarts;
        this.capitalisedNouns = capitalisedNouns;
        this.placeGenitives = capitalisedNouns || (stopLanguages & Languages.NORDIC) != 0;
    }

    /** Moves to tokens {@code from..to} of a paragraph's tokens; returns this span. */
    Span at(String text, Tokens tokens, int from, int to, int paragraph) {
        this.text = text;
        this.tokens = tokens;
        this.from = from;
        this.to = to;
        this.paragraph = paragraph;
        if (words.length < to - from) {
            words = new Word[Math.max(to - from, words.length * 2)];
        }
        for (int k = from; k < to; k++) {
            Word w = k == from || tokens.initial(k) ? ElidedWords.opening(tokens, k) : tokens.word(k);
            // "d'Espagne" as "Espagne", "Europe's" as "Europe": memoised on the word; but a possessive
            // inside a name stays ("Longshoremen's Association", "Farmers' Union")
            boolean inside = k + 1 < to && PossessiveNames.joins(text, tokens, k, k + 1);
            // a listed name that ends in "'s" keeps it: "Moody's", "McDonald's"
            words[k - from] = !inside && !(w.possessive() && w.has(Gazetteer.ORGANIZATION)) ? w.withoutPossessive()
                    : w.possessive() ? w : Word.of(text, tokens.start(k), tokens.end(k) + 1);
            if (placeGenitives && to - from == 1) { // a place's genitive, alone in its span: "Bayerns" as "Bayern"
                Word place = GermanGenitives.place(words[k - from]);
                words[k - from] = place == null ? words[k - from] : place;
            }
        }
        return this;
    }

    /** Whether word k has the gazetteer flag bit(s). */
    boolean has(int k, int bit) {
        return words[k - from].has(bit);
    }

    /** Whether any word of [a, b) has the gazetteer flag bit(s). */
    boolean anyHas(int a, int b, int bits) {
        for (int k = a; k < b; k++) {
            if (has(k, bits)) {
                return true;
            }
        }
        return false;
    }

    /** Whether word k is in one of the {@link Word#hasClass word classes} of {@code bits}. */
    boolean is(int k, int bits) {
        return words[k - from].hasClass(bits);
    }

    /** A stop word of the article's language or English; not in capitals ("US"), nor a given name inside a sentence ("Nello"). */
    boolean stop(int k) {
        return words[k - from].stopIn(stopLanguages) && !words[k - from].hasClass(Word.ALL_CAPS)
                && !(words[k - from].has(Gazetteer.GIVEN_NAME) && !tokens.initial(k)); // "il ministro Nello Musumeci"
    }

    String word(int k) {
        return memo(k).surface();
    }

    /** The memoised word k (elision and possessive stripped). */
    Word memo(int k) {
        return words[k - from];
    }

    String lower(int k) {
        return words[k - from].lower();
    }

    String key(int a, int b) {
        if (b - a == 1) {
            return lower(a);
        }
        StringBuilder sb = new StringBuilder(lower(a));
        for (int k = a + 1; k < b; k++) {
            sb.append(' ').append(lower(k));
        }
        return sb.toString();
    }

    /** Words from..to of the span name a listed place or organisation, or one the article gives. */
    boolean isKnown(int from, int to) {
        if (to - from == 1) { // one word: its memoised flags (PLACE and ORGANIZATION come from the lists alone)
            return has(from, Gazetteer.PLACE | Gazetteer.ORGANIZATION) || known.contains(memo(from));
        }
        boolean articleStart = knownStarts.contains(memo(from));
        if (!articleStart && !(has(from, Gazetteer.PHRASE_START) && has(from + 1, Gazetteer.PHRASE_SECOND))) {
            return false; // no listed or article name starts with these words: no key to build and look up
        }
        // most runs name nothing: ruled out by their hash, with no string built
        return known.mayBeKnownName(PhraseHashes.lowers(words, from - this.from, to - this.from))
                && known.isKnownName(key(from, to));
    }

    /** Whether the word before the span is a title ("Governor"), never across a sentence's end ("She was queen. The ..."). */
    boolean previousIsTitle() {
        if (tokens.initial(from)) {
            return false;
        }
        int k = previousIndex();
        return k >= 0 && (tokens.word(k).has(Gazetteer.TITLE)
                // "el delegado presidencial Yanino Riquelme", "la alcaldesa electa": a Romance title, then its adjective
                || k >= 1 && !tokens.word(k).capitalised() && tokens.word(k - 1).has(Gazetteer.TITLE)
                    && !tokens.word(k - 1).capitalised() && RomanceAdjectives.is(tokens.word(k)));
    }

    /**
     * The nearest word before the span, skipping articles ("in the Atacama"), or -1. "das" is an
     * article only in German: in Portuguese it is "de as" ("o ministro das Finanças").
     */
    private int previousIndex() {
        for (int k = from - 1; k >= 0 && k >= from - 2; k--) {
            Word w = tokens.word(k);
            if (!w.hasClass(Word.ARTICLE) || !capitalisedNouns && w.lower().equals("das")) {
                return k;
            }
        }
        return -1;
    }

    Candidate candidate(int a, int b, boolean afterTitle, boolean initial) {
        Word[] memo = new Word[b - a];
        String key;
        int listed;
        if (b - a == 1) { // the common case: one word, no join and no lookup
            memo[0] = words[a - from].withoutElision(); // a candidate's first word without its elision: "Espagne"
            Word body = capitalisedNouns ? FederalBodies.nominative(memo[0]) : null;
            memo[0] = body == null ? memo[0] : body; // "des Bundesverkehrsministeriums" names the ministry
            key = memo[0].lower();
            listed = memo[0].gazetteer();
        } else {
            StringBuilder sb = new StringBuilder(16 * (b - a));
            for (int k = a; k < b; k++) {
                memo[k - a] = k == a ? words[k - from].withoutElision() : words[k - from];
                if (k < b - 1 && tokens.dottedInName(text, k, k + 1)) {
                    memo[k - a] = Word.of(memo[k - a].surface() + "."); // "V. N. Vasavan" keeps its full stops
                } else if (k < b - 1 && CandidateFinder.commaBetween(text, tokens, k, k + 1)) {
                    memo[k - a] = Word.of(memo[k - a].surface() + ","); // "ministerie van Landbouw, Visserij en Natuur"
                } else if (k < b - 1 && TruncatedCompounds.cutBefore(text, tokens, k)) {
                    memo[k - a] = Word.of(memo[k - a].surface() + "-"); // "Post- och telestyrelsen" keeps its hyphen
                }
                sb.append(k > a ? " " : "").append(memo[k - a].lower());
            }
            key = sb.toString();
            // a listed multi-word name starts with a phrase-start word and a phrase-second one: otherwise no lookup
            listed = memo[0].has(Gazetteer.PHRASE_START) && memo[1].has(Gazetteer.PHRASE_SECOND)
                    || memo[0].has(Gazetteer.TOWN_START) && memo[1].has(Gazetteer.TOWN_SECOND) ? Gazetteer.get().listed(key) : 0;
        }
        // the word right after the span, only when nothing but space separates them
        String next = b < tokens.size() && CandidateFinder.adjacent(text, tokens, b - 1, b)
                ? tokens.word(b).lower() : "";
        // "in Amsterdam and Vlissingen": a listed name shares the context of the list
        int p = DutchAnd.listContext(tokens, a == from || DutchAnd.joins(tokens.word(a - 1), stopLanguages)
                ? previousIndex() : a - 1, stopLanguages);
        // "il ministro dell'Interno", "el consejero catalán de Territorio": the title stands before the portfolio's "of"
        Word title = a == from && p >= 0 ? PortfolioTitles.before(tokens, a, p) : null;
        Word prevWord = p < 0 ? null : title != null && !tokens.word(p).hasClass(Word.OF_OR_FOR) ? PortfolioTitles.OF : tokens.word(p);
        // "el gerente de la empresa, Leonidas Narváez": a comma parts the describing word from the name after it
        prevWord = prevWord != null && prevWord.hasClass(Word.DESCRIPTOR)
                && CandidateFinder.commaBetween(text, tokens, p, a) ? CandidateFinder.COMMA : prevWord;
        // and the word before that, for "port *of* Rønne" (read only by the classifier)
        Word prev2Word = title != null ? title : p > 0 ? tokens.word(p - 1) : null;
        String prev = prevWord == null ? "" : prevWord.lower();
        String prev2 = prev2Word == null ? "" : prev2Word.lower();
        return new Candidate(memo, key, listed & (Gazetteer.PLACE | Gazetteer.ORGANIZATION | Gazetteer.TOWN), paragraph, tokens.start(a), tokens.end(b - 1),
                initial, prev, prev2, next, afterTitle || TitleAppositions.follows(text, tokens, a, b), Appositions.after(text, tokens, b), prevWord,
                prev2Word, next.isEmpty() ? null : tokens.word(b));
    }
}
