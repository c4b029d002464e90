package io.newsflow.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds capitalised spans in running text and cleans them into {@link Candidate}s: no parts of
 * speech, just capitalisation, small connector words ("Bank of England", "Pieter de Graaf"),
 * and known phrases. Cleaning strips what capitalisation wrongly pulls in: sentence-initial
 * stop words, titles ("Governor Andrew Bailey"), demonyms ("German manufacturers"), calendar
 * words, and it splits lists joined by "and" ("Maersk and Hapag-Lloyd").
 */
final class CandidateFinder {

    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "de", "del", "della", "di", "da",
            "do", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "zu", "y", "and", "&",
            "und", "et", "e", "al", "bin", "ibn");
    /** Connectors that join only inside an organisation's name ("Office for National Statistics"). */
    private static final Set<String> ORG_ONLY_CONNECTORS = Set.of("for", "the", "für", "pour", "para", "voor");
    static final Set<String> AND = Set.of("and", "&", "und", "et", "y", "e");
    private static final Set<String> CORE_TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "president",
            "minister", "chancellor", "governor", "mayor", "senator", "secretary", "commissioner", "ambassador",
            "king", "queen", "prince", "pope", "ceo", "chairman", "chairwoman", "coach", "judge", "spokesman",
            "spokeswoman", "spokesperson", "premier");

    private final Gazetteer gazetteer = Gazetteer.get();

    /** Candidates of all paragraphs, in reading order. {@code known} holds extra lower-case names. */
    List<Candidate> find(List<Paragraph> paragraphs, Set<String> stopWords, Set<String> known, boolean capitalisedNouns) {
        List<Candidate> out = new ArrayList<>();
        Set<String> starts = knownStarts(known);
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            List<Token> tokens = paragraph.tokens();
            int i = 0;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (!t.capitalised()) {
                    i++;
                    continue;
                }
                if (t.initial() && stopWords.contains(t.lower())
                        && (i + 1 >= tokens.size() || !tokens.get(i + 1).capitalised())) {
                    i++; // "The", "He", "In" opening a sentence: the common case, skipped cheaply
                    continue;
                }
                int phrase = knownPhrase(tokens, i, known, starts);
                int j = phrase > 0 ? i + phrase : spanEnd(paragraph.text(), tokens, i);
                Span context = new Span(paragraph.text(), tokens, i, j, p, stopWords, known, capitalisedNouns);
                if (phrase > 0) {
                    out.add(context.candidate(i, j, false, false));
                } else {
                    clean(context, out);
                }
                i = j;
            }
        }
        return out;
    }

    /** Length of a known multi-word name starting at i regardless of case ("Union européenne"), or 0. */
    private int knownPhrase(List<Token> tokens, int i, Set<String> known, Set<String> knownStarts) {
        Token token = tokens.get(i);
        String first = token.lower();
        String start = Token.stripElision(first);
        // identity: stripElision returns the word itself when there is no elision to strip
        boolean startsPhrase = start == first ? token.word().has(Gazetteer.PHRASE_START) : gazetteer.startsPhrase(start);
        if (!startsPhrase && !knownStarts.contains(start)) {
            return 0;
        }
        for (int len = 3; len >= 2; len--) {
            if (i + len > tokens.size()) {
                continue;
            }
            StringBuilder sb = new StringBuilder(Token.stripElision(first));
            for (int k = i + 1; k < i + len; k++) {
                sb.append(' ').append(tokens.get(k).lower());
            }
            String key = sb.toString();
            if (isKnown(key, known)) {
                return len;
            }
        }
        return 0;
    }

    /** First words of the article's own multi-word names (authors, source). */
    private static Set<String> knownStarts(Set<String> known) {
        if (known.isEmpty()) {
            return known;
        }
        Set<String> starts = new java.util.HashSet<>();
        for (String name : known) {
            int space = name.indexOf(' ');
            if (space > 0) {
                starts.add(name.substring(0, space));
            }
        }
        return starts;
    }

    private int spanEnd(String text, List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && adjacent(text, tokens.get(j - 1), tokens.get(j)) && !possessive(tokens.get(j - 1))) {
            if (tokens.get(j).capitalised()) {
                if (tokens.get(j).word().has(Gazetteer.CALENDAR)) {
                    break;
                }
                j++;
                continue;
            }
            boolean organisation = false;
            for (int x = i; x < j; x++) {
                organisation |= tokens.get(x).word().has(Gazetteer.ORG_KEYWORD);
            }
            int k = j;
            while (k < tokens.size() && k - j < 2 && CONNECTORS.contains(tokens.get(k).lower())
                    && (organisation || !ORG_ONLY_CONNECTORS.contains(tokens.get(k).lower()))
                    && adjacent(text, tokens.get(k - 1), tokens.get(k))) {
                k++;
            }
            if (k > j && k < tokens.size() && tokens.get(k).capitalised() && adjacent(text, tokens.get(k - 1), tokens.get(k))) {
                j = k + 1;
                continue;
            }
            break;
        }
        return j;
    }

    static boolean adjacent(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean possessive(Token t) {
        return t.word().possessive();
    }

    private void clean(Span c, List<Candidate> out) {
        Set<String> stopWords = c.stopWords;
        Set<String> known = c.known;
        int from = c.from;
        int to = c.to;
        boolean initial = c.tokens.get(from).initial();
        boolean afterTitle = c.previousIsTitle();
        boolean orgKeyword = false;
        for (int k = from; k < to; k++) {
            orgKeyword |= c.has(k, Gazetteer.ORG_KEYWORD);
        }
        if ((to - from == 1 || c.has(from, Gazetteer.PHRASE_START) || !known.isEmpty()) && isKnown(c.key(from, to), known)) {
            out.add(c.candidate(from, to, afterTitle, initial));
            return;
        }
        boolean department = false;
        while (from < to) {
            String w = c.lower(from);
            if (to - from > 1 && c.has(from, Gazetteer.PHRASE_START) && isKnown(c.key(from, to), known)) {
                break;
            }
            if (c.has(from, Gazetteer.TITLE)) {
                afterTitle = true;
            } else if (afterTitle && CONNECTORS.contains(w)) {
                department = true;
            } else if (!((stopWords.contains(w) && !Token.isAllCaps(c.word(from))) || c.has(from, Gazetteer.CALENDAR)
                    || CONNECTORS.contains(w) || (c.has(from, Gazetteer.DEMONYM) && !orgKeyword)
                    || (from + 1 < to && c.has(from, Gazetteer.DEMONYM_START) && gazetteer.isDemonym(w + " " + c.lower(from + 1))))) {
                break;
            }
            from++;
            initial = false;
        }
        if (department) {
            from = personAfterDepartment(c, from, to);
        }
        while (to > from && (c.has(to - 1, Gazetteer.CALENDAR) || CONNECTORS.contains(c.lower(to - 1))
                || (stopWords.contains(c.lower(to - 1)) && !Token.isAllCaps(c.word(to - 1))))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (CORE_TITLES.contains(c.lower(k))) {
                emitParts(c, from, k, false, initial, out);
                out.add(c.candidate(k + 1, to, true, false));
                return;
            }
        }
        if (initial && to - from >= 3 && !c.has(from, Gazetteer.GIVEN_NAME) && !isKnown(c.lower(from), known)
                && (c.has(from + 1, Gazetteer.GIVEN_NAME) || (CONNECTORS.contains(c.lower(from + 1)) && !AND.contains(c.lower(from + 1)) && !orgKeyword))) {
            // "Selon Sophie Garnier", "Onderzoekers van Deltares": a capitalised sentence opener
            from++;
            while (from < to && CONNECTORS.contains(c.lower(from))) {
                from++;
            }
            initial = false;
        }
        emitParts(c, from, to, afterTitle, initial, out);
    }

    /** "Minister of Infrastructure Hanneke Dijkstra": the person is the trailing name. */
    private int personAfterDepartment(Span c, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (c.has(k, Gazetteer.GIVEN_NAME)) {
                return k;
            }
        }
        return to - from > 2 ? to - 2 : to;
    }

    /**
     * Splits "Air France and KLM" at "and" (kept whole only for "Social and Economic Council":
     * one unknown word before it and an organisation word closing it), and in languages that
     * capitalise every noun splits unknown spans into words ("Gewerkschaft GDL").
     */
    private void emitParts(Span c, int from, int to, boolean afterTitle, boolean initial, List<Candidate> out) {
        while (from < to && (CONNECTORS.contains(c.lower(from)) || isStop(c, from) || c.has(from, Gazetteer.TITLE))) {
            afterTitle |= c.has(from, Gazetteer.TITLE);
            from++;
            initial = false;
        }
        while (to > from && (CONNECTORS.contains(c.lower(to - 1)) || isStop(c, to - 1))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        if (!isKnown(c.key(from, to), c.known)) {
            for (int k = from + 1; k < to - 1; k++) {
                if (AND.contains(c.lower(k))) {
                    boolean oneWordBefore = k == from + 1 && !isKnown(c.lower(from), c.known) && !c.capitalisedNouns;
                    if (!(oneWordBefore && c.has(to - 1, Gazetteer.ORG_KEYWORD))
                            && !c.has(from, Gazetteer.ORG_KEYWORD)) {
                        emitParts(c, from, k, afterTitle, initial, out);
                        emitParts(c, k + 1, to, false, false, out);
                        return;
                    }
                }
            }
            if (c.capitalisedNouns && to - from > 1 && !afterTitle && !evidence(c, from, to)) {
                for (int k = from; k < to; k++) {
                    if (!CONNECTORS.contains(c.lower(k))) {
                        out.add(c.candidate(k, k + 1, false, initial && k == from));
                    }
                }
                return;
            }
        }
        out.add(c.candidate(from, to, afterTitle, initial));
    }

    /** A given name, an organisation word, or (without connectors) a place in the span. */
    private boolean evidence(Span c, int from, int to) {
        boolean connector = false;
        boolean place = false;
        for (int k = from; k < to; k++) {
            if (c.has(k, Gazetteer.GIVEN_NAME | Gazetteer.ORG_KEYWORD)) {
                return true;
            }
            connector |= CONNECTORS.contains(c.lower(k));
            place |= c.has(k, Gazetteer.PLACE);
        }
        return place && !connector;
    }

    private static boolean isStop(Span c, int k) {
        return c.stopWords.contains(c.lower(k)) && !Token.isAllCaps(c.word(k));
    }

    private boolean isKnown(String key, Set<String> known) {
        return (gazetteer.listed(key) & (Gazetteer.PLACE | Gazetteer.ORGANIZATION)) != 0 || known.contains(key);
    }
}
