package io.newsflow.streams.enrich;

import java.util.List;

/**
 * Cleans a capitalised span ({@link CandidateFinder} finds them) into {@link Candidate}s, stripping
 * what capitalisation wrongly pulls in: sentence-initial stop words, titles ("Governor Andrew
 * Bailey"), demonyms ("German manufacturers"), calendar words; it splits a company from a person
 * behind titles ("Hapag-Lloyd Chief Executive Officer Rolf Habben Jansen"), and {@link SpanSplits}
 * then splits lists joined by "and" ("Maersk and Hapag-Lloyd") unless the "and" belongs to one
 * body's name.
 */
final class SpanCleaner {

    /** What a holiday names as an event ("Christmas Market", "Easter Parade", "New Year Concert"): no entity. */
    private static final WordSet HOLIDAY_EVENTS = WordSet.of("market", "markets", "fair", "parade", "concert", "lights",
            "party", "day", "eve", "festival");

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
        boolean orgKeyword = c.anyHas(from, to, Gazetteer.ORG_KEYWORD) || TruncatedCompounds.sharedIn(c, from, to);
        // ("Prince Rupert", "General Santos": a listed town opened by a title word is the town)
        if ((to - from == 1 || c.has(from, Gazetteer.PHRASE_START) || !known.isEmpty()) && c.isKnown(from, to)
                || c.has(from, Gazetteer.TITLE) && SpanParts.listedTown(c, from, to)) {
            out.add(c.candidate(from, to, afterTitle, initial));
            return;
        }
        int andThe = SpanSplits.andArticle(c, from, to);
        if (andThe > 0) { // "der Verband Region Stuttgart und der Fahrgastverband Pro Bahn": two bodies, each with its article
            SpanSplits.emit(c, from, andThe, afterTitle, initial, out);
            clean(c.at(c.text, c.tokens, andThe + 1, to, c.paragraph), out);
            return;
        }
        if (to - from == 2 && c.has(from, Gazetteer.CALENDAR) && HOLIDAY_EVENTS.contains(c.lower(from + 1))) {
            return; // "the Christmas Market", "the Easter Parade": an event named by its holiday, no entity
        }
        boolean department = false;
        boolean described = false;
        boolean spokesperson = false; // "Sprecher von Celonis": the body spoken for
        while (from < to) {
            String w = c.lower(from);
            if (to - from > 1 && c.has(from, Gazetteer.PHRASE_START) && c.isKnown(from, to)) {
                break;
            }
            if (c.is(from, Word.ROLE_COMPOUND) || to - from == 1 && CompoundNouns.bodyCompound(c, from)) {
                // "Siemens-Chef Roland Busch": the body is named, and the role is the person's title ("Aldi-Eigenmarken": Aldi)
                out.add(CandidateRebuilds.compoundHead(c.candidate(from, from + 1, false, initial)));
                afterTitle = true;
                department = false;
            } else if (c.has(from, Gazetteer.TITLE) && TitleFields.fieldOfOrganisation(c, from, to)) {
                break; // "Environment Agency", "Health Ministry": the title word names the field
            } else if (c.has(from, Gazetteer.TITLE) && PlaceShapes.streetAfterTitle(c, from, to)) {
                break; // "King Street", "Prince Albert Road": a street named after a title, no person
            } else if (c.has(from, Gazetteer.TITLE)) {
                afterTitle = true; // "Minister of Finance Jens Stoltenberg": the field is a title word, skipped here;
                // "Minister of Economic Affairs Wille Rydman": still inside the department
                spokesperson = ContextCues.SPOKESPEOPLE.contains(w);
            } else if (afterTitle && c.is(from, Word.CONNECTOR)) {
                department = true;
            } else if (SpanOpeners.nameArticle(c, from, to, initial)) {
                break;
            } else if (SpanShapes.germanNounBeforeGenitive(c, from, to) && !c.isKnown(from, to)) {
                from++; // the noun; its article is a connector, dropped next
                initial = false;
                continue;
            } else if (c.capitalisedNouns && AdjectiveBodies.named(c, from, to)) {
                break; // "der Deutsche Städtetag": the adjective opens the body's name, no demonym before a name
            } else if (SpanShapes.germanDescription(c, from, to)) {
                described = true; // "Reederei Color Line": what follows the description is a name
            } else if (!((c.stop(from) || c.is(from, Word.CONNECTOR) && !SpanParts.capitalParticle(c, from, to))
                        && !SpanOpeners.opensName(c, from, to) // "By & Havn", "Den Norske Opera"
                    || c.has(from, Gazetteer.CALENDAR) || initial && c.is(from, Word.SENTENCE_ADVERB)
                    || (c.has(from, Gazetteer.DEMONYM) && !orgKeyword && !described && !SpanShapes.directionOfName(c, from, to)
                        && !((afterTitle || c.stopLanguages != 1) && to - from == 2 && c.has(from, Gazetteer.GIVEN_NAME)))
                    // "Minister Christian Bernreiter"; any "Christian" and a surname outside English, whose adjective it is not
                    || (from + 1 < to && c.has(from, Gazetteer.DEMONYM_START)
                        && Gazetteer.get().isDemonym(w + " " + c.lower(from + 1))))) {
                break;
            }
            from++;
            initial = false;
        }
        if (department && c.capitalisedNouns && (to - from == 1 && FederalBodies.named(c.memo(from))
                || AdjectiveBodies.named(c, from, to) || GermanBodyNouns.withMembers(c, from, to)
                || GermanBodyNouns.withField(c, from, to))) {
            // "Vorsitzender der Deutschen Bischofskonferenz", "Sprecher des Bundes der Steuerzahler"
            out.add(c.candidate(from, to, false, false)); // "Sprecher des Bundesverkehrsministeriums": the body
            return;
        } else if (department) {
            int person = TitleFields.personAfterDepartment(c, from, to);
            // "CEO of Siemens", "PDG de la SNCF", "ein Sprecher von Celonis"
            // (in German after "von" only: "ein Sprecher des Hafenbetreibers" names the operator by a common noun)
            if (TitleFields.namedField(c, from, person) || spokesperson && person == to
                    && (!c.capitalisedNouns || c.lower(from - 1).equals("von"))) {
                out.add(c.candidate(from, person, false, false));
            }
            from = person;
        } else if (afterTitle && to - from >= 3 && !c.has(from, Gazetteer.GIVEN_NAME) && !c.is(from, Word.CONNECTOR)
                && c.has(from + 1, Gazetteer.GIVEN_NAME) && !c.isKnown(from, to)) {
            // "Prezes Orlenu Ireneusz Fąfara", "CEO Acme Jane Doe": the title's body, then the person;
            // "il ministro dell'Economia Giancarlo Giorgetti": a portfolio after an elided "of the" is none
            if (!c.tokens.word(from).elided() || c.has(from, Gazetteer.ORG_KEYWORD) || c.isKnown(from, from + 1)) {
                out.add(c.candidate(from, from + 1, false, false));
            }
            from++;
        }
        while (to > from && (c.has(to - 1, Gazetteer.CALENDAR) && !(to - 2 == from && c.has(from, Gazetteer.GIVEN_NAME))
                    && !(to - 2 > from && CalendarWords.surnameAfterGivenName(c.tokens.word(to - 2), c.tokens.word(to - 1)))
                || c.is(to - 1, Word.CONNECTOR)
                || c.stop(to - 1) && !SpanShapes.nameEnd(c, from, to - 1))) {
            to--;
        }
        if (from >= to || SpanShapes.regionalAdjective(c, from, to) && !described) {
            return;
        }
        if (described && to - from == 1 && c.has(from, Gazetteer.DEMONYM)) { // "die Fluggesellschaft Swiss": the body's name
            out.add(c.candidate(from, to, false, false));
            return;
        }
        for (int k = from + 1; k < to - 1; k++) {
            // a title's word inside a body's name is no title: "Integral Coach Factory"
            if (c.is(k, Word.CORE_TITLE) && !c.has(to - 1, Gazetteer.ORG_KEYWORD) && !SpanParts.listedTown(c, k, to)
                    && !StreetNames.isKind(c.lower(k - 1)) // "la Plaza Mayor de Madrid": a square's name, no mayor
                    && !TitleFields.namesakeAfterBody(c, from, k, to)) {
                // "Social Affairs Minister Eddy van Hijum": the portfolio names nothing, its place does ("UK Energy Minister")
                int portfolio = TitleFields.portfolioBeforeMinister(c, from, k);
                if (portfolio != from) {
                    SpanSplits.emit(c, from, portfolio < 0 ? k : portfolio, false, initial, out);
                }
                int and = TitleFields.andBeforeTitle(c, k + 1, to);
                if (and > 0) { // "Ed Miliband and Health Secretary Wes Streeting": two people, each after a title
                    out.add(c.candidate(k + 1, and, true, false));
                    clean(c.at(c.text, c.tokens, and + 1, to, c.paragraph), out);
                    return;
                }
                if (c.is(k + 1, Word.OF_OR_FOR)) { // "First Minister of Wales": the title's field, then perhaps its holder
                    int holder = TitleFields.personAfterDepartment(c, k + 2, to);
                    if (holder < to) {
                        out.add(c.candidate(holder, to, true, false));
                    }
                    return;
                }
                out.add(c.candidate(k + 1, to, true, false));
                return;
            }
            int person = SpanShapes.personAfterTitles(c, k, to);
            // "Hapag-Lloyd Chief Executive Officer Rolf Habben Jansen" (not "Escola Secundária Dr. Manuel Laranjeira")
            if (person > 0 && !TitleFields.namesakeAfterBody(c, from, k, to)) {
                SpanSplits.emit(c, from, k, false, initial, out);
                out.add(c.candidate(person, to, true, false));
                return;
            }
        }
        int governed = SpanOpeners.governmentOfPerson(c, from, to);
        if (governed > from) { // "el Gobierno de Javier Milei": the government names no body; its leader is the name
            out.add(c.candidate(governed, to, true, false));
            return;
        }
        // "Herzogin Anna Amalia Bibliothek": a library named after the duchess, her title and all
        boolean royal = TitleFields.namedForRoyal(c, from, to);
        int opened = royal ? from : SpanOpeners.skip(c, from, to, initial, orgKeyword);
        if (opened > from) { // "Rival Maersk has", "Selon Sophie Garnier": a capitalised sentence opener
            from = opened;
            initial = false;
            if (to - from > 1 && c.is(from, Word.ROLE_COMPOUND)) { // "Volgens Lantis-topman Luc Rombaut": the body, the person
                out.add(CandidateRebuilds.compoundHead(c.candidate(from, from + 1, false, false)));
                out.add(c.candidate(from + 1, to, true, false));
                return;
            }
        }
        int person = royal ? 0 : PersonSplits.personAfterName(c, from, to);
        if (person > 0) { // "Regione Liguria Marco Bucci": the body, then its head
            // not the portfolio of "e dei Trasporti Matteo Salvini"; a party's letters are a body ("du PS Paul Magnette")
            if (person - from > 1 || c.isKnown(from, person) || c.is(from, Word.ALL_CAPS)) {
                SpanSplits.emit(c, from, person, afterTitle, initial, out);
            }
            out.add(c.candidate(person, to, true, false));
            return;
        }
        if (described && to - from > 1 && !c.isKnown(from, to)) {
            out.add(c.candidate(from, to, false, initial)); // a German name after its description stays whole
            return;
        }
        SpanSplits.emit(c, from, to, afterTitle, initial, out);
    }
}
