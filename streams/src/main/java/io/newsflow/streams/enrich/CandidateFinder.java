package io.newsflow.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds capitalised spans in running text and cleans them into {@link Candidate}s: no parts of
 * speech, just capitalisation, small connector words ("Bank of England", "Pieter de Graaf"),
 * and known phrases. Cleaning strips what capitalisation wrongly pulls in: sentence-initial
 * stop words, titles ("Governor Andrew Bailey"), demonyms ("German manufacturers"), calendar
 * words, and it splits lists joined by "and" ("Maersk and Hapag-Lloyd").
 */
final class CandidateFinder {

    static final Set<String> CONNECTORS = Set.of("of", "for", "the", "de", "del", "della", "di", "da",
            "do", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "zu", "y", "and", "&",
            "und", "et", "e", "al", "bin", "ibn");
    /** Connectors that join only inside an organisation's name ("Office for National Statistics"). */
    static final Set<String> ORG_ONLY_CONNECTORS = Set.of("for", "the", "für", "pour", "para", "voor");
    static final Set<String> AND = Set.of("and", "&", "und", "et", "y", "e");
    /** Last words of a body whose name has an "and" in it: legal forms and public bodies ({@link #oneBody}). */
    private static final Set<String> BODY_ENDINGS = Set.of("ag", "gmbh", "se", "sa", "nv", "bv", "spa", "plc", "ltd",
            "inc", "llc", "asa", "ab", "oy", "corporation", "company", "group", "directorate", "authority", "agency",
            "administration", "commission", "council", "board", "ministry", "department", "institute", "foundation",
            "association", "federation", "office", "bureau", "service", "committee");
    static final Set<String> CORE_TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "president",
            "minister", "chancellor", "governor", "mayor", "senator", "secretary", "commissioner", "ambassador",
            "king", "queen", "prince", "pope", "ceo", "chairman", "chairwoman", "coach", "judge", "spokesman",
            "spokeswoman", "spokesperson", "premier", "mp", "mep");

    private final Gazetteer gazetteer = Gazetteer.get();

    /**
     * Candidates of all paragraphs, in reading order. {@code stopLanguages}: the languages
     * ({@link Languages#index} bits) whose stop words open sentences rather than names;
     * {@code known} holds extra lower-case names.
     */
    List<Candidate> find(List<Paragraph> paragraphs, int stopLanguages, Set<String> known, boolean capitalisedNouns) {
        List<Candidate> out = new ArrayList<>();
        KnownNames names = new KnownNames(known);
        KnownNames starts = new KnownNames(knownStarts(known));
        Span span = new Span(stopLanguages, names, starts, capitalisedNouns);
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            Tokens tokens = paragraph.tokens();
            int i = 0;
            while (i < tokens.size()) {
                Word w = tokens.word(i);
                if (!w.capitalised()) {
                    i++;
                    continue;
                }
                if (tokens.initial(i) && w.stopIn(stopLanguages)
                        && (i + 1 >= tokens.size() || !tokens.word(i + 1).capitalised())) {
                    i++; // "The", "He", "In" opening a sentence: the common case, skipped cheaply
                    continue;
                }
                int phrase = knownPhrase(tokens, i, names, starts);
                int j = phrase > 0 ? i + phrase : spanEnd(paragraph.text(), tokens, i, capitalisedNouns);
                if (phrase > 0 && j < tokens.size() && tokens.word(j).hasClass(Word.ALL_CAPS)
                        && tokens.word(j).has(Gazetteer.ORG_KEYWORD) && adjacent(paragraph.text(), tokens, j - 1, j)) {
                    j++; // "CMA CGM SA": a listed name and its legal form
                }
                Span context = span.at(paragraph.text(), tokens, i, j, p);
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
    private int knownPhrase(Tokens tokens, int i, KnownNames known, KnownNames knownStarts) {
        Word word = tokens.word(i);
        String first = word.lower();
        String start = Token.stripElision(first);
        // identity: stripElision returns the word itself when there is no elision to strip
        boolean startsPhrase = start == first ? word.has(Gazetteer.PHRASE_START) : gazetteer.startsPhrase(start);
        boolean articleStart = start == first ? knownStarts.contains(word) : knownStarts.contains(start);
        if (!startsPhrase && !articleStart) {
            return 0;
        }
        if (!articleStart && (i + 1 >= tokens.size() || !tokens.word(i + 1).has(Gazetteer.PHRASE_SECOND))) {
            return 0; // no listed name goes on with the next word: no key to build and look up
        }
        for (int len = 3; len >= 2; len--) {
            if (i + len > tokens.size()) {
                continue;
            }
            StringBuilder sb = new StringBuilder(start);
            for (int k = i + 1; k < i + len; k++) {
                sb.append(' ').append(tokens.word(k).lower());
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

    private int spanEnd(String text, Tokens tokens, int i, boolean capitalisedNouns) {
        int j = i + 1;
        while (j < tokens.size() && adjacent(text, tokens, j - 1, j) && !tokens.word(j - 1).possessive()) {
            if (tokens.word(j).capitalised()) {
                if (tokens.word(j).has(Gazetteer.CALENDAR)) {
                    break;
                }
                j++;
                continue;
            }
            boolean organisation = false;
            for (int x = i; x < j; x++) {
                organisation |= tokens.word(x).has(Gazetteer.ORG_KEYWORD);
            }
            int k = j;
            while (k < tokens.size() && k - j < 2 && tokens.word(k).hasClass(Word.CONNECTOR)
                    && (organisation || !tokens.word(k).hasClass(Word.ORG_ONLY_CONNECTOR))
                    && adjacent(text, tokens, k - 1, k)) {
                k++;
            }
            if (k > j && k < tokens.size() && tokens.word(k).capitalised() && adjacent(text, tokens, k - 1, k)) {
                j = k + 1;
                continue;
            }
            return j == i + 1 && !capitalisedNouns ? placeConnectorEnd(text, tokens, i) : j;
        }
        return j;
    }

    /**
     * "Frankfurt am Main", "Newcastle upon Tyne", "Bergen op Zoom": a known place, a place name's
     * own connector (not a general one: "am", "upon", "op") and one capitalised word. Only after a
     * listed place, and not in German, where "in Berlin am Wochenende" is a noun after "am".
     */
    private static int placeConnectorEnd(String text, Tokens tokens, int i) {
        int k = i + 1;
        if (!tokens.word(i).has(Gazetteer.PLACE) || k >= tokens.size() || tokens.word(k).hasClass(Word.CONNECTOR)
                || !tokens.word(k).hasClass(Word.PLACE_CONNECTOR)) {
            return i + 1;
        }
        while (k < tokens.size() && k - i <= 2 && tokens.word(k).hasClass(Word.PLACE_CONNECTOR)
                && adjacent(text, tokens, k - 1, k)) {
            k++;
        }
        return k < tokens.size() && tokens.word(k).capitalised() && !tokens.word(k).has(Gazetteer.CALENDAR)
                && adjacent(text, tokens, k - 1, k) ? k + 1 : i + 1;
    }

    /** Only white space between tokens a and b of the paragraph. */
    static boolean adjacent(String text, Tokens tokens, int a, int b) {
        for (int k = tokens.end(a); k < tokens.start(b); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private void clean(Span c, List<Candidate> out) {
        KnownNames known = c.known;
        int from = c.from;
        int to = c.to;
        boolean initial = c.tokens.initial(from);
        boolean afterTitle = c.previousIsTitle();
        boolean orgKeyword = false;
        for (int k = from; k < to; k++) {
            orgKeyword |= c.has(k, Gazetteer.ORG_KEYWORD);
        }
        if ((to - from == 1 || c.has(from, Gazetteer.PHRASE_START) || !known.isEmpty()) && isKnown(c, from, to)) {
            out.add(c.candidate(from, to, afterTitle, initial));
            return;
        }
        boolean department = false;
        while (from < to) {
            String w = c.lower(from);
            if (to - from > 1 && c.has(from, Gazetteer.PHRASE_START) && isKnown(c, from, to)) {
                break;
            }
            if (c.has(from, Gazetteer.TITLE) && fieldOfOrganisation(c, from, to)) {
                break; // "Environment Agency", "Health Ministry": the title word names the field
            } else if (c.has(from, Gazetteer.TITLE)) {
                afterTitle = true;
                department = false; // "Minister of Finance Jens Stoltenberg": the field is a title word, skipped here
            } else if (afterTitle && c.is(from, Word.CONNECTOR)) {
                department = true;
            } else if (nameArticle(c, from, to, initial)) {
                break;
            } else if (!(c.stop(from) || c.has(from, Gazetteer.CALENDAR)
                    || c.is(from, Word.CONNECTOR) || (c.has(from, Gazetteer.DEMONYM) && !orgKeyword && !directionOfName(c, from, to))
                    || (from + 1 < to && c.has(from, Gazetteer.DEMONYM_START) && gazetteer.isDemonym(w + " " + c.lower(from + 1))))) {
                break;
            }
            from++;
            initial = false;
        }
        if (department) {
            from = personAfterDepartment(c, from, to);
        }
        while (to > from && (c.has(to - 1, Gazetteer.CALENDAR) || c.is(to - 1, Word.CONNECTOR)
                || c.stop(to - 1) && !nameEnd(c, from, to - 1))) {
            to--;
        }
        if (from >= to || regionalAdjective(c, from, to)) {
            return;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (c.is(k, Word.CORE_TITLE)) {
                emitParts(c, from, k, false, initial, out);
                out.add(c.candidate(k + 1, to, true, false));
                return;
            }
            int person = personAfterTitles(c, k, to);
            if (person > 0) { // "Hapag-Lloyd Chief Executive Officer Rolf Habben Jansen"
                emitParts(c, from, k, false, initial, out);
                out.add(c.candidate(person, to, true, false));
                return;
            }
        }
        if (initial && to - from == 2 && c.is(from + 1, Word.ALL_CAPS) && !c.is(from, Word.ALL_CAPS)
                && !c.has(from + 1, Gazetteer.ORG_KEYWORD) // "Hapag-Lloyd AG is ...": a legal form, not a name
                && !c.has(from, Gazetteer.GIVEN_NAME | Gazetteer.PLACE | Gazetteer.ORG_KEYWORD | Gazetteer.TOWN)
                && !isKnown(c, from, to) && !isKnown(c, from, from + 1)) {
            from++; // "Shipbrokers BRS said": a sentence's capitalised noun, then the name
            initial = false;
        }
        if (initial && to - from >= 3 && !c.has(from, Gazetteer.GIVEN_NAME) && !isKnown(c, from, from + 1)
                && (c.has(from + 1, Gazetteer.GIVEN_NAME) || (c.is(from + 1, Word.CONNECTOR) && !c.is(from + 1, Word.AND) && !orgKeyword))) {
            // "Selon Sophie Garnier", "Onderzoekers van Deltares": a capitalised sentence opener
            from++;
            while (from < to && c.is(from, Word.CONNECTOR)) {
                from++;
            }
            initial = false;
        }
        emitParts(c, from, to, afterTitle, initial, out);
    }

    /**
     * "South Asian", "Latin American", "Central European": an adjective, not a name (it
     * mentions its region: {@link PlaceAdjectives}).
     */
    private static boolean regionalAdjective(Span c, int from, int to) {
        if (!c.has(to - 1, Gazetteer.DEMONYM)) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            if (!c.has(k, Gazetteer.DEMONYM) && !PlaceAdjectives.DIRECTIONS.contains(c.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Northern Lights", "Southern Water": a direction word opening a name that is no place and
     * no adjective; kept, where "Northern Chinese" or "Northern Sweden" lose it.
     */
    private static boolean directionOfName(Span c, int from, int to) {
        return from + 1 < to && PlaceAdjectives.DIRECTIONS.contains(c.lower(from))
                && !c.has(from + 1, Gazetteer.PLACE | Gazetteer.DEMONYM | Gazetteer.DEMONYM_START | Gazetteer.TOWN);
    }

    /**
     * A capitalised stop word that closes a name after a connector: "Puertos del *Estado*" (Spanish's
     * stop list holds "estado", of "estar").
     */
    private static boolean nameEnd(Span c, int from, int k) {
        return k - 1 > from && c.is(k - 1, Word.CONNECTOR) && c.memo(k).capitalised() && !c.is(k, Word.CONNECTOR);
    }

    /**
     * Where the person starts after a run of titles from word {@code k} ("Chief Executive Officer
     * *Rolf* Habben Jansen"), or -1: only title words, none naming an organisation, then a given name.
     */
    private static int personAfterTitles(Span c, int k, int to) {
        int j = k;
        while (j < to && c.has(j, Gazetteer.TITLE) && !c.has(j, Gazetteer.ORG_KEYWORD)) {
            j++;
        }
        return j > k && j < to - 1 && c.has(j, Gazetteer.GIVEN_NAME) ? j : -1;
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
        // a listed name keeps its first word even when that word is a function word too: Spanish's stop
        // list holds "estados" (of "estar"), and "Chile y Estados Unidos" must not leave "Unidos"
        while (from < to && (c.is(from, Word.CONNECTOR) || c.stop(from) || c.has(from, Gazetteer.TITLE))
                && !nameArticle(c, from, to, initial) && !(to - from > 1 && isKnown(c, from, to))) {
            afterTitle |= c.has(from, Gazetteer.TITLE);
            from++;
            initial = false;
        }
        while (to > from && (c.is(to - 1, Word.CONNECTOR) || c.stop(to - 1) && !nameEnd(c, from, to - 1))) {
            to--;
        }
        if (from >= to || regionalAdjective(c, from, to)) {
            return; // "the Flemish and Dutch authorities": adjectives, each mentioning its place
        }
        if (!isKnown(c, from, to)) {
            for (int k = from + 1; k < to - 1; k++) {
                if (c.is(k, Word.AND)) {
                    boolean oneWordBefore = k == from + 1 && !isKnown(c, from, from + 1) && !c.capitalisedNouns;
                    if (!(oneWordBefore && c.has(to - 1, Gazetteer.ORG_KEYWORD)) && !c.has(from, Gazetteer.ORG_KEYWORD)
                            && !oneBody(c, from, k, to)) {
                        emitParts(c, from, k, afterTitle, initial, out);
                        emitParts(c, k + 1, to, false, false, out);
                        return;
                    }
                }
            }
            if (c.capitalisedNouns && to - from > 1 && !afterTitle && !evidence(c, from, to)) {
                for (int k = from; k < to; k++) {
                    if (!c.is(k, Word.CONNECTOR)) {
                        out.add(c.candidate(k, k + 1, false, initial && k == from));
                    }
                }
                return;
            }
        }
        out.add(c.candidate(from, to, afterTitle, initial));
    }

    /**
     * "Norwegian Water Resources and Energy Directorate", "Hamburger Hafen und Logistik AG": one body
     * whose name has an "and", when the words before it name nothing (no organisation word, no
     * known name, no given name) and the words after it end with a legal form or a public body's word.
     */
    private boolean oneBody(Span c, int from, int and, int to) {
        if (and - from < 2 || to - and < 3 || !c.has(to - 1, Gazetteer.ORG_KEYWORD) || !BODY_ENDINGS.contains(c.lower(to - 1))) {
            return false;
        }
        for (int k = from; k < and; k++) {
            if (c.has(k, Gazetteer.ORG_KEYWORD | Gazetteer.GIVEN_NAME | Gazetteer.PLACE | Gazetteer.ORGANIZATION)) {
                return false;
            }
        }
        return !isKnown(c, from, and) && !isKnown(c, and + 1, to - 1) && !isKnown(c, and + 1, and + 2);
    }

    /** A title word followed by an organisation word that is no title: "Environment Agency". */
    private static boolean fieldOfOrganisation(Span c, int from, int to) {
        return from + 1 < to && c.has(from + 1, Gazetteer.ORG_KEYWORD) && !c.has(from + 1, Gazetteer.TITLE);
    }

    /**
     * A capitalised article inside a sentence opens a name rather than a noun phrase: "in Genoa
     * and La Spezia", "near Le Havre".
     */
    private static boolean nameArticle(Span c, int from, int to, boolean initial) {
        return !initial && to - from > 1 && c.is(from, Word.ARTICLE) && Character.isUpperCase(c.word(from).charAt(0));
    }

    /**
     * A given name, an organisation word, or a place in the span without connectors or joined by
     * a place name's connector ("Frankfurt am Main").
     */
    private boolean evidence(Span c, int from, int to) {
        boolean connector = false;
        boolean placeConnector = false;
        boolean place = false;
        for (int k = from; k < to; k++) {
            if (c.has(k, Gazetteer.GIVEN_NAME | Gazetteer.ORG_KEYWORD)) {
                return true;
            }
            connector |= c.is(k, Word.CONNECTOR);
            placeConnector |= c.is(k, Word.PLACE_CONNECTOR);
            place |= c.has(k, Gazetteer.PLACE);
        }
        return place && (!connector || placeConnector);
    }

    /** Words from..to of the span name a listed place or organisation, or one the article gives. */
    private boolean isKnown(Span c, int from, int to) {
        if (to - from == 1) { // one word: its memoised flags (PLACE and ORGANIZATION come from the lists alone)
            return c.has(from, Gazetteer.PLACE | Gazetteer.ORGANIZATION) || c.known.contains(c.memo(from));
        }
        boolean articleStart = c.knownStarts.contains(c.memo(from));
        if (!articleStart && !(c.has(from, Gazetteer.PHRASE_START) && c.has(from + 1, Gazetteer.PHRASE_SECOND))) {
            return false; // no listed or article name starts with these words: no key to build and look up
        }
        return isKnown(c.key(from, to), c.known);
    }

    private boolean isKnown(String key, KnownNames known) {
        return (gazetteer.listed(key) & (Gazetteer.PLACE | Gazetteer.ORGANIZATION)) != 0 || known.contains(key);
    }
}
