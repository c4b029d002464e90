package io.newsflow.streams.enrich;

import java.util.List;
import java.util.Set;

/**
 * Cleans a capitalised span ({@link CandidateFinder} finds them) into {@link Candidate}s, stripping
 * what capitalisation wrongly pulls in: sentence-initial stop words, titles ("Governor Andrew
 * Bailey"), demonyms ("German manufacturers"), calendar words; it splits lists joined by "and"
 * ("Maersk and Hapag-Lloyd") unless the "and" belongs to one body's name, and a company from a
 * person behind titles ("Hapag-Lloyd Chief Executive Officer Rolf Habben Jansen").
 */
final class SpanCleaner {

    /** Last words of a body whose name has an "and" in it: legal forms and public bodies ({@link #oneBody}). */
    private static final Set<String> BODY_ENDINGS = Set.of("ag", "gmbh", "se", "sa", "nv", "bv", "spa", "plc", "ltd",
            "inc", "llc", "asa", "ab", "oy", "corporation", "company", "group", "directorate", "authority", "agency",
            "administration", "commission", "council", "board", "ministry", "department", "institute", "foundation",
            "association", "federation", "office", "bureau", "service", "committee", "partnership", "forum",
            "alliance", "coalition", "initiative", "network", "organisation", "organization", "union", "society",
            "trust", "league");
    private final Gazetteer gazetteer = Gazetteer.get();

    /** Cleans one capitalised span into the candidates it holds, added to {@code out}. */
    void clean(Span c, List<Candidate> out) {
        KnownNames known = c.known;
        int from = c.from;
        int to = c.to;
        boolean initial = c.tokens.initial(from);
        for (int k = from; k < to - 1; k++) {
            if (c.word(k).endsWith("-based")) {
                // "Lagos-based Cordros Securities", "Abu Dhabi-based AD Ports Group": the base, then the name
                out.add(c.candidate(from, k + 1, false, initial));
                from = k + 1;
                initial = false;
                break;
            }
        }
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
        boolean described = false;
        while (from < to) {
            String w = c.lower(from);
            if (to - from > 1 && c.has(from, Gazetteer.PHRASE_START) && isKnown(c, from, to)) {
                break;
            }
            if (c.has(from, Gazetteer.TITLE) && SpanShapes.fieldOfOrganisation(c, from, to)) {
                break; // "Environment Agency", "Health Ministry": the title word names the field
            } else if (c.has(from, Gazetteer.TITLE)) {
                afterTitle = true;
                department = false; // "Minister of Finance Jens Stoltenberg": the field is a title word, skipped here
            } else if (afterTitle && c.is(from, Word.CONNECTOR)) {
                department = true;
            } else if (SpanShapes.nameArticle(c, from, to, initial)) {
                break;
            } else if (SpanShapes.germanNounBeforeGenitive(c, from, to) && !isKnown(c, from, to)) {
                from++; // the noun; its article is a connector, dropped next
                initial = false;
                continue;
            } else if (SpanShapes.germanDescription(c, from, to)) {
                described = true; // "Reederei Color Line": what follows the description is a name
            } else if (!(c.stop(from) || c.has(from, Gazetteer.CALENDAR)
                    || c.is(from, Word.CONNECTOR)
                    || (c.has(from, Gazetteer.DEMONYM) && !orgKeyword && !SpanShapes.directionOfName(c, from, to))
                    || (from + 1 < to && c.has(from, Gazetteer.DEMONYM_START)
                        && gazetteer.isDemonym(w + " " + c.lower(from + 1))))) {
                break;
            }
            from++;
            initial = false;
        }
        if (department) {
            from = personAfterDepartment(c, from, to);
        } else if (afterTitle && to - from >= 3 && !c.has(from, Gazetteer.GIVEN_NAME) && !c.is(from, Word.CONNECTOR)
                && c.has(from + 1, Gazetteer.GIVEN_NAME) && !isKnown(c, from, to)) {
            // "Prezes Orlenu Ireneusz Fąfara", "CEO Acme Jane Doe": the title's body, then the person
            out.add(c.candidate(from, from + 1, false, false));
            from++;
        }
        while (to > from && (c.has(to - 1, Gazetteer.CALENDAR) || c.is(to - 1, Word.CONNECTOR)
                || c.stop(to - 1) && !SpanShapes.nameEnd(c, from, to - 1))) {
            to--;
        }
        if (from >= to || SpanShapes.regionalAdjective(c, from, to)) {
            return;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (c.is(k, Word.CORE_TITLE)) {
                if (!portfolioBeforeMinister(c, from, k)) { // "Social Affairs Minister Eddy van Hijum": the portfolio names nothing
                    emitParts(c, from, k, false, initial, out);
                }
                out.add(c.candidate(k + 1, to, true, false));
                return;
            }
            int person = SpanShapes.personAfterTitles(c, k, to);
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
                && (c.has(from + 1, Gazetteer.GIVEN_NAME)
                    || (c.is(from + 1, Word.CONNECTOR) && !c.is(from + 1, Word.AND) && !orgKeyword
                        && nameAfter(c, from + 2, to)))) {
            // "Selon Sophie Garnier", "Onderzoekers van Deltares": a capitalised sentence opener
            from++;
            while (from < to && c.is(from, Word.CONNECTOR)) {
                from++;
            }
            initial = false;
        }
        if (described && to - from > 1 && !isKnown(c, from, to)) {
            out.add(c.candidate(from, to, false, initial)); // a German name after its description stays whole
            return;
        }
        emitParts(c, from, to, afterTitle, initial, out);
    }

    /**
     * Whether words from..to hold a name word (neither a connector nor a stop word): "Onderzoekers van
     * *Deltares*" does, "Puertos del Estado" opening a sentence does not (Spanish's stop list holds
     * "estado"), so the whole span is the name.
     */
    private static boolean nameAfter(Span c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!c.is(k, Word.CONNECTOR) && !c.stop(k)) {
                return true;
            }
        }
        return false;
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
                && !SpanShapes.nameArticle(c, from, to, initial) && !(to - from > 1 && isKnown(c, from, to))) {
            afterTitle |= c.has(from, Gazetteer.TITLE);
            from++;
            initial = false;
        }
        while (to > from && (c.is(to - 1, Word.CONNECTOR) || c.stop(to - 1) && !SpanShapes.nameEnd(c, from, to - 1))) {
            to--;
        }
        if (from >= to || SpanShapes.regionalAdjective(c, from, to)) {
            return; // "the Flemish and Dutch authorities": adjectives, each mentioning its place
        }
        if (!isKnown(c, from, to)) {
            for (int k = from + 1; k < to - 1; k++) {
                if (c.is(k, Word.AND)) {
                    boolean oneWordBefore = k == from + 1 && !isKnown(c, from, from + 1) && !c.capitalisedNouns;
                    // "Port Botany and Port Kembla": the same first word on both sides names two
                    boolean repeated = k - from >= 2 && to - k >= 3 && c.lower(k + 1).equals(c.lower(from));
                    if (repeated || !(oneWordBefore && c.has(to - 1, Gazetteer.ORG_KEYWORD)) && !c.has(from, Gazetteer.ORG_KEYWORD)
                            && !oneBody(c, from, k, to)
                            && !SpanShapes.andInComplement(c, from, k, to, isKnown(c, k + 1, to))) {
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
     * Words before "Minister" that name no body or place: a portfolio ("Social Affairs", "Federal
     * Infrastructure"). {@link ContextCues#portfolio} reads the portfolio after "minister of" instead.
     */
    private boolean portfolioBeforeMinister(Span c, int from, int minister) {
        if (!c.is(minister, Word.MINISTER) || isKnown(c, from, minister)) {
            return false;
        }
        for (int m = from; m < minister; m++) {
            if (c.has(m, Gazetteer.PLACE | Gazetteer.ORG_KEYWORD | Gazetteer.ORGANIZATION | Gazetteer.TOWN)
                    || c.is(m, Word.ALL_CAPS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Norwegian Water Resources and Energy Directorate", "Hamburger Hafen und Logistik AG": one body
     * whose name has an "and", when the words before it name nothing (no organisation word, no
     * known name, no given name) and the words after it end with a legal form or a public body's word.
     */
    private boolean oneBody(Span c, int from, int and, int to) {
        if (and - from < 2 || to - and < 3 || !c.has(to - 1, Gazetteer.ORG_KEYWORD)
                || !BODY_ENDINGS.contains(c.lower(to - 1))) {
            return false;
        }
        // "Ghana Ports and Harbours Authority": a place may open the name, and an organisation word may
        // stand before "and" when one word pairs with it after ("Ports and Harbours")
        int notBefore = Gazetteer.GIVEN_NAME | Gazetteer.ORGANIZATION | (to - and == 3 ? 0 : Gazetteer.ORG_KEYWORD);
        for (int k = from; k < and; k++) {
            if (c.has(k, notBefore | (k == from ? 0 : Gazetteer.PLACE))) {
                return false;
            }
        }
        return !isKnown(c, from, and) && !isKnown(c, and + 1, to - 1) && !isKnown(c, and + 1, and + 2);
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
