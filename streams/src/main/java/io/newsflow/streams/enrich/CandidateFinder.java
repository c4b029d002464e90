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
    private static final Set<String> AND = Set.of("and", "&", "und", "et", "y", "e");
    private static final Set<String> CORE_TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "president",
            "minister", "chancellor", "governor", "mayor", "senator", "secretary", "commissioner", "ambassador",
            "king", "queen", "prince", "pope", "ceo", "chairman", "chairwoman", "coach", "judge", "spokesman",
            "spokeswoman", "spokesperson", "premier");

    private final Gazetteer gazetteer = Gazetteer.get();

    /** Candidates of all paragraphs, in reading order. {@code known} holds extra lower-case names. */
    List<Candidate> find(List<Paragraph> paragraphs, Set<String> stopWords, Set<String> known, boolean capitalisedNouns) {
        List<Candidate> out = new ArrayList<>();
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
                int phrase = knownPhrase(tokens, i, known);
                int j = phrase > 0 ? i + phrase : spanEnd(paragraph.text(), tokens, i);
                Context context = new Context(paragraph.text(), tokens, i, j, p, stopWords, known, capitalisedNouns);
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
    private int knownPhrase(List<Token> tokens, int i, Set<String> known) {
        for (int len = 3; len >= 2; len--) {
            if (i + len > tokens.size()) {
                continue;
            }
            StringBuilder sb = new StringBuilder(tokens.get(i).withoutElision());
            for (int k = i + 1; k < i + len; k++) {
                sb.append(' ').append(tokens.get(k).text());
            }
            String key = sb.toString().toLowerCase(Locale.ROOT);
            if (gazetteer.isPlace(key) || gazetteer.isOrganization(key) || known.contains(key)) {
                return len;
            }
        }
        return 0;
    }

    private int spanEnd(String text, List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && adjacent(text, tokens.get(j - 1), tokens.get(j)) && !possessive(tokens.get(j - 1))) {
            if (tokens.get(j).capitalised()) {
                if (gazetteer.isCalendarWord(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                    break;
                }
                j++;
                continue;
            }
            boolean organisation = false;
            for (int x = i; x < j; x++) {
                organisation |= gazetteer.isOrgKeyword(tokens.get(x).text().toLowerCase(Locale.ROOT));
            }
            int k = j;
            while (k < tokens.size() && k - j < 2 && CONNECTORS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                    && (organisation || !ORG_ONLY_CONNECTORS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))
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

    private static boolean adjacent(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean possessive(Token t) {
        String w = t.text();
        return w.endsWith("'s") || w.endsWith("\u2019s");
    }

    private void clean(Context c, List<Candidate> out) {
        Set<String> stopWords = c.stopWords;
        Set<String> known = c.known;
        int from = c.from;
        int to = c.to;
        boolean initial = c.tokens.get(from).initial();
        boolean afterTitle = gazetteer.isTitle(c.previous());
        boolean orgKeyword = false;
        for (int k = from; k < to; k++) {
            orgKeyword |= gazetteer.isOrgKeyword(c.lower(k));
        }
        if (isKnown(c.key(from, to), known)) {
            out.add(c.candidate(from, to, afterTitle, initial));
            return;
        }
        boolean department = false;
        while (from < to) {
            String w = c.lower(from);
            if (to - from > 1 && isKnown(c.key(from, to), known)) {
                break;
            }
            if (gazetteer.isTitle(w)) {
                afterTitle = true;
            } else if (afterTitle && CONNECTORS.contains(w)) {
                department = true;
            } else if (!((stopWords.contains(w) && !Token.isAllCaps(c.word(from))) || gazetteer.isCalendarWord(w) || CONNECTORS.contains(w)
                    || (gazetteer.isDemonym(w) && !orgKeyword) || (from + 1 < to && gazetteer.isDemonym(w + " " + c.lower(from + 1))))) {
                break;
            }
            from++;
            initial = false;
        }
        if (department) {
            from = personAfterDepartment(c, from, to);
        }
        while (to > from && (gazetteer.isCalendarWord(c.lower(to - 1)) || CONNECTORS.contains(c.lower(to - 1))
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
        if (initial && to - from >= 3 && !gazetteer.isGivenName(c.lower(from)) && !isKnown(c.lower(from), known)
                && (gazetteer.isGivenName(c.lower(from + 1)) || (CONNECTORS.contains(c.lower(from + 1)) && !orgKeyword))) {
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
    private int personAfterDepartment(Context c, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (gazetteer.isGivenName(c.lower(k))) {
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
    private void emitParts(Context c, int from, int to, boolean afterTitle, boolean initial, List<Candidate> out) {
        while (from < to && (CONNECTORS.contains(c.lower(from)) || isStop(c, from) || gazetteer.isTitle(c.lower(from)))) {
            afterTitle |= gazetteer.isTitle(c.lower(from));
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
                    if (!(oneWordBefore && gazetteer.isOrgKeyword(c.lower(to - 1)))
                            && !gazetteer.isOrgKeyword(c.lower(from)) && !headOfOrganisation(c, from, k)) {
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

    /** "Ministerio de Industria y Turismo": an organisation word before the "and". */
    private boolean headOfOrganisation(Context c, int from, int and) {
        for (int k = from; k < and; k++) {
            if (gazetteer.isOrgKeyword(c.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** A given name, an organisation word, or (without connectors) a place in the span. */
    private boolean evidence(Context c, int from, int to) {
        boolean connector = false;
        boolean place = false;
        for (int k = from; k < to; k++) {
            String w = c.lower(k);
            if (gazetteer.isGivenName(w) || gazetteer.isOrgKeyword(w)) {
                return true;
            }
            connector |= CONNECTORS.contains(w);
            place |= gazetteer.isPlace(w);
        }
        return place && !connector;
    }

    private static boolean isStop(Context c, int k) {
        return c.stopWords.contains(c.lower(k)) && !Token.isAllCaps(c.word(k));
    }

    private boolean isKnown(String key, Set<String> known) {
        return known.contains(key) || gazetteer.isPlace(key) || gazetteer.isOrganization(key);
    }

    /** One raw span and the paragraph it stands in. */
    private record Context(String text, List<Token> tokens, int from, int to, int paragraph, Set<String> stopWords,
                           Set<String> known, boolean capitalisedNouns) {

        String word(int k) {
            Token t = tokens.get(k);
            String w = k == from ? t.withoutElision() : t.text();
            if (possessive(t)) {
                return w.substring(0, w.length() - 2);
            }
            return w.endsWith("'") || w.endsWith("\u2019") ? w.substring(0, w.length() - 1) : w;
        }

        String lower(int k) {
            return word(k).toLowerCase(Locale.ROOT);
        }

        String key(int a, int b) {
            StringBuilder sb = new StringBuilder();
            for (int k = a; k < b; k++) {
                sb.append(k > a ? " " : "").append(lower(k));
            }
            return sb.toString();
        }

        /** The nearest word before the span, skipping articles ("in the Atacama"). */
        String previous() {
            for (int k = from - 1; k >= 0 && k >= from - 2; k--) {
                String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
                if (!Set.of("the", "a", "an", "der", "die", "das", "le", "la", "les", "el", "los", "las", "het", "een").contains(w)) {
                    return w;
                }
            }
            return "";
        }

        Candidate candidate(int a, int b, boolean afterTitle, boolean initial) {
            List<String> words = new ArrayList<>(b - a);
            for (int k = a; k < b; k++) {
                words.add(k == a ? Token.stripElision(word(k)) : word(k));
            }
            // the word right after the span, only when nothing but space separates them
            String next = b < tokens.size() && adjacent(text, tokens.get(b - 1), tokens.get(b))
                    ? tokens.get(b).text().toLowerCase(Locale.ROOT) : "";
            String prev = a == from ? previous() : tokens.get(a - 1).text().toLowerCase(Locale.ROOT);
            return new Candidate(List.copyOf(words), paragraph, tokens.get(a).start(), tokens.get(b - 1).end(),
                    initial, prev, next, afterTitle, appositive(b));
        }

        /** Up to eight lower-case words after ", " following the span ("Verdi, the services union"). */
        String appositive(int b) {
            if (b >= tokens.size()) {
                return "";
            }
            int end = tokens.get(b - 1).end();
            if (end >= text.length() || text.charAt(end) != ',') {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            int last = end;
            for (int k = b; k < tokens.size() && k < b + 8; k++) {
                Token t = tokens.get(k);
                for (int x = last + 1; x < t.start(); x++) {
                    char ch = text.charAt(x);
                    if (ch == ',' || ch == '.' || ch == ';' || ch == ':') {
                        return sb.toString();
                    }
                }
                sb.append(' ').append(t.text().toLowerCase(Locale.ROOT));
                last = t.end();
            }
            return sb.toString();
        }
    }
}
