package io.newsflow.streams.enrich;

import java.util.List;

/**
 * Cleans a capitalised span ({@link CandidateFinder} finds them) into {@link Candidate}s, stripping
 * what capitalisation wrongly pulls in: sentence-initial stop words, titles ("Governor Andrew
 * Bailey"), demonyms ("German manufacturers"), calendar words; it splits lists joined by "and"
 * ("Maersk and Hapag-Lloyd") unless the "and" belongs to one body's name, and a company from a
 * person behind titles ("Hapag-Lloyd Chief Executive Officer Rolf Habben Jansen").
 */
final class SpanCleaner {

    /** Cleans one capitalised span into the candidates it holds, added to {@code out}. */
    void clean(Span c, List<Candidate> out) {
        KnownNames known = c.known;
        int from = c.from;
        int to = c.to;
        boolean initial = c.tokens.initial(from);
        for (int k = from; k < to - 1; k++) {
            if (c.word(k).endsWith(ContextCues.BASED)) {
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
        if ((to - from == 1 || c.has(from, Gazetteer.PHRASE_START) || !known.isEmpty()) && c.isKnown(from, to)) {
            out.add(c.candidate(from, to, afterTitle, initial));
            return;
        }
        boolean department = false;
        boolean described = false;
        while (from < to) {
            String w = c.lower(from);
            if (to - from > 1 && c.has(from, Gazetteer.PHRASE_START) && c.isKnown(from, to)) {
                break;
            }
            if (c.is(from, Word.ROLE_COMPOUND)) {
                // "Siemens-Chef Roland Busch": the body is named, and the role is the person's title
                out.add(CandidateRebuilds.compoundHead(c.candidate(from, from + 1, false, initial)));
                afterTitle = true;
                department = false;
            } else if (c.has(from, Gazetteer.TITLE) && SpanParts.fieldOfOrganisation(c, from, to)) {
                break; // "Environment Agency", "Health Ministry": the title word names the field
            } else if (c.has(from, Gazetteer.TITLE)) {
                afterTitle = true; // "Minister of Finance Jens Stoltenberg": the field is a title word, skipped here;
                // "Minister of Economic Affairs Wille Rydman": still inside the department
            } else if (afterTitle && c.is(from, Word.CONNECTOR)) {
                department = true;
            } else if (SpanShapes.nameArticle(c, from, to, initial)) {
                break;
            } else if (SpanShapes.germanNounBeforeGenitive(c, from, to) && !c.isKnown(from, to)) {
                from++; // the noun; its article is a connector, dropped next
                initial = false;
                continue;
            } else if (c.capitalisedNouns && AdjectiveBodies.named(c, from, to)) {
                break; // "der Deutsche Städtetag": the adjective opens the body's name, no demonym before a name
            } else if (SpanShapes.germanDescription(c, from, to)) {
                described = true; // "Reederei Color Line": what follows the description is a name
            } else if (!(c.stop(from) || c.has(from, Gazetteer.CALENDAR) || initial && c.is(from, Word.SENTENCE_ADVERB)
                    || c.is(from, Word.CONNECTOR)
                    || (c.has(from, Gazetteer.DEMONYM) && !orgKeyword && !SpanShapes.directionOfName(c, from, to)
                        && !(afterTitle && to - from == 2 && c.has(from, Gazetteer.GIVEN_NAME))) // "Minister Christian Bernreiter"
                    || (from + 1 < to && c.has(from, Gazetteer.DEMONYM_START)
                        && Gazetteer.get().isDemonym(w + " " + c.lower(from + 1))))) {
                break;
            }
            from++;
            initial = false;
        }
        if (department && c.capitalisedNouns && to - from == 1 && FederalBodies.named(c.memo(from))) {
            out.add(c.candidate(from, to, false, false)); // "Sprecher des Bundesverkehrsministeriums": the body
            return;
        } else if (department) {
            int person = SpanParts.personAfterDepartment(c, from, to);
            if (SpanParts.namedField(c, from, person)) { // "CEO of Siemens", "First Minister of Wales", "PDG de la SNCF"
                out.add(c.candidate(from, person, false, false));
            }
            from = person;
        } else if (afterTitle && to - from >= 3 && !c.has(from, Gazetteer.GIVEN_NAME) && !c.is(from, Word.CONNECTOR)
                && c.has(from + 1, Gazetteer.GIVEN_NAME) && !c.isKnown(from, to)) {
            // "Prezes Orlenu Ireneusz Fąfara", "CEO Acme Jane Doe": the title's body, then the person
            out.add(c.candidate(from, from + 1, false, false));
            from++;
        }
        while (to > from && (c.has(to - 1, Gazetteer.CALENDAR) && !(to - 2 == from && c.has(from, Gazetteer.GIVEN_NAME))
                || c.is(to - 1, Word.CONNECTOR)
                || c.stop(to - 1) && !SpanShapes.nameEnd(c, from, to - 1))) {
            to--;
        }
        if (from >= to || SpanShapes.regionalAdjective(c, from, to)) {
            return;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (c.is(k, Word.CORE_TITLE)) {
                // "Social Affairs Minister Eddy van Hijum": the portfolio names nothing, its place does ("UK Energy Minister")
                int portfolio = SpanParts.portfolioBeforeMinister(c, from, k);
                if (portfolio != from) {
                    emitParts(c, from, portfolio < 0 ? k : portfolio, false, initial, out);
                }
                int and = SpanParts.andBeforeTitle(c, k + 1, to);
                if (and > 0) { // "Ed Miliband and Health Secretary Wes Streeting": two people, each after a title
                    out.add(c.candidate(k + 1, and, true, false));
                    clean(c.at(c.text, c.tokens, and + 1, to, c.paragraph), out);
                    return;
                }
                if (c.is(k + 1, Word.OF_OR_FOR)) { // "First Minister of Wales": the title's field, then perhaps its holder
                    int holder = SpanParts.personAfterDepartment(c, k + 2, to);
                    if (holder < to) {
                        out.add(c.candidate(holder, to, true, false));
                    }
                    return;
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
        int opened = SpanOpeners.skip(c, from, to, initial, orgKeyword);
        if (opened > from) { // "Rival Maersk has", "Selon Sophie Garnier": a capitalised sentence opener
            from = opened;
            initial = false;
        }
        int person = PersonSplits.personAfterName(c, from, to);
        if (person > 0) { // "Regione Liguria Marco Bucci": the body, then its head
            if (person - from > 1 || c.isKnown(from, person)) { // not the portfolio of "e dei Trasporti Matteo Salvini"
                emitParts(c, from, person, afterTitle, initial, out);
            }
            out.add(c.candidate(person, to, true, false));
            return;
        }
        if (described && to - from > 1 && !c.isKnown(from, to)) {
            out.add(c.candidate(from, to, false, initial)); // a German name after its description stays whole
            return;
        }
        emitParts(c, from, to, afterTitle, initial, out);
    }

    /**
     * Splits "Air France and KLM" at "and" (kept whole only for "Social and Economic Council":
     * one unknown word before it and an organisation word closing it), and in languages that
     * capitalise every noun splits unknown spans into words ("Gewerkschaft GDL").
     */
    private void emitParts(Span c, int from, int to, boolean afterTitle, boolean initial, List<Candidate> out) {
        // a listed name keeps its first word even when that word is a function word too: Spanish's stop
        // list holds "estados" (of "estar"), and "Chile y Estados Unidos" must not leave "Unidos"
        while (from < to && (c.is(from, Word.CONNECTOR) || c.stop(from)
                    || c.has(from, Gazetteer.TITLE) && !SpanParts.fieldOfOrganisation(c, from, to)) // "Labour Party"
                && !SpanShapes.nameArticle(c, from, to, initial) && !(to - from > 1 && c.isKnown(from, to))) {
            afterTitle |= c.has(from, Gazetteer.TITLE);
            from++;
            initial = false;
        }
        while (to > from && (c.is(to - 1, Word.CONNECTOR) || c.stop(to - 1) && !SpanShapes.nameEnd(c, from, to - 1))) {
            to--;
        }
        if (SpanParts.chamberSide(c, from, to)) {
            to--; // "Senate Democratic leader Chuck Schumer", "Senate Majority Leader John Thune": the chamber
        }
        if (from >= to || SpanShapes.regionalAdjective(c, from, to)) {
            return; // "the Flemish and Dutch authorities": adjectives, each mentioning its place
        }
        int affiliation = PersonSplits.affiliationAfterName(c, from, to);
        if (affiliation > 0) { // "Sophie Hermans van Klimaat": the person, then what she belongs to
            out.add(c.candidate(from, affiliation, afterTitle, initial));
            // after "minister" it is the portfolio ("minister Barry Madlener van Infrastructuur en Waterstaat"), no body
            if (from == 0 || !c.tokens.word(from - 1).hasClass(Word.MINISTER)) {
                emitParts(c, affiliation + 1, to, false, false, out);
            }
            return;
        }
        int of = PersonSplits.personOfBody(c, from, to, afterTitle);
        if (of > 0) {
            emitParts(c, from, of, afterTitle, initial, out);
            emitParts(c, of + 1, to, false, false, out);
            return;
        }
        if (!c.isKnown(from, to)) {
            for (int k = from + 1; k < to - 1; k++) {
                if (c.is(k, Word.AND) && !SpanParts.ampersandInName(c, from, k, to)) {
                    boolean oneWordBefore = k == from + 1 && !c.isKnown(from, from + 1) && !c.capitalisedNouns
                            && !SpanParts.afterPluralNoun(c, from); // "rivals Stolt-Nielsen and Mitsui O.S.K. Lines": a list
                    // "Port Botany and Port Kembla": the same first word on both sides names two
                    boolean repeated = k - from >= 2 && to - k >= 3 && c.lower(k + 1).equals(c.lower(from));
                    boolean knownAfter = SpanParts.secondNameAfterAnd(c, from, k, to, oneWordBefore);
                    if (repeated || knownAfter || !(oneWordBefore && c.has(to - 1, Gazetteer.ORG_KEYWORD)) && !c.has(from, Gazetteer.ORG_KEYWORD)
                            && !SpanParts.oneBody(c, from, k, to)
                            && !SpanShapes.andInComplement(c, from, k, to, c.isKnown(k + 1, to))) {
                        emitParts(c, from, k, afterTitle, initial, out);
                        emitParts(c, k + 1, to, false, false, out);
                        return;
                    }
                }
            }
            if (c.capitalisedNouns && to - from > 1 && !afterTitle && !SpanParts.evidence(c, from, to)
                    && !CityBodies.named(c, from, to) && !AdjectiveBodies.named(c, from, to)) { // "Münchner Verkehrsgesellschaft" is evidence itself
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

}
