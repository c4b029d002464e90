package io.newsflow.streams.enrich;

import java.util.List;

/**
 * The last step of cleaning a span ({@link SpanCleaner}): strips the function words and titles at
 * its edges, then splits it where it holds more than one name: a person and what they belong to
 * ("Sophie Hermans van Klimaat"), a list joined by "and" ("Air France and KLM", unless the "and"
 * belongs to one body's name), and, in languages that capitalise every noun, an unknown span with no
 * evidence of a name into its words ("Gewerkschaft GDL").
 */
final class SpanSplits {

    private SpanSplits() {
    }

    /**
     * Splits "Air France and KLM" at "and" (kept whole only for "Social and Economic Council":
     * one unknown word before it and an organisation word closing it), and in languages that
     * capitalise every noun splits unknown spans into words ("Gewerkschaft GDL").
     */
    static void emit(Span c, int from, int to, boolean afterTitle, boolean initial, List<Candidate> out) {
        // a listed name keeps its first word even when that word is a function word too: Spanish's stop
        // list holds "estados" (of "estar"), and "Chile y Estados Unidos" must not leave "Unidos"
        while (from < to && ((c.is(from, Word.CONNECTOR) && !SpanParts.capitalParticle(c, from, to) || c.stop(from))
                        && !SpanOpeners.opensName(c, from, to)
                    || c.has(from, Gazetteer.TITLE) && !TitleFields.fieldOfOrganisation(c, from, to) // "Labour Party"
                        && !PlaceShapes.streetAfterTitle(c, from, to)) // "King Street"
                && !SpanOpeners.nameArticle(c, from, to, initial) && !(to - from > 1 && c.isKnown(from, to))
                && !SpanParts.listedTown(c, from, to)) { // "Prince Rupert": a title word opening a listed town
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
        int affiliation = PersonSplits.affiliationAfterName(c, from, to, afterTitle);
        if (affiliation > 0) { // "Sophie Hermans van Klimaat": the person, then what she belongs to
            out.add(c.candidate(from, affiliation, afterTitle, initial));
            // after "minister" it is the portfolio ("minister Barry Madlener van Infrastructuur en Waterstaat"), no body
            if (from == 0 || !c.tokens.word(from - 1).hasClass(Word.MINISTER)) {
                emit(c, affiliation + 1, to, false, false, out);
            }
            return;
        }
        int article = PersonSplits.dutchArticleBetweenNames(c, from, to);
        if (article > 0) { // "wil dat ProRail de Tweede Kamer uitlegt": Dutch "de" is "the", no name's particle there
            emit(c, from, article, afterTitle, initial, out);
            emit(c, article + 1, to, false, false, out);
            return;
        }
        int branch = SpanParts.listedBodyOfPlace(c, from, to);
        if (branch > 0) { // "nei supermercati Esselunga della Liguria": the chain, then where its shops are
            emit(c, from, branch, afterTitle, initial, out);
            emit(c, branch + 1, to, false, false, out);
            return;
        }
        int of = PersonSplits.personOfBody(c, from, to, afterTitle);
        if (of > 0) {
            emit(c, from, of, afterTitle, initial, out);
            emit(c, of + 1, to, false, false, out);
            return;
        }
        int and = MunicipalBodies.andAfterPlacesBody(c, from, to);
        if (and > 0) { // "de gemeente Utrecht en ProRail": the place's body, then a second name
            emit(c, from, and, afterTitle, initial, out);
            emit(c, and + 1, to, false, false, out);
            return;
        }
        if (!c.isKnown(from, to)) {
            for (int k = from + 1; k < to - 1; k++) {
                // ("Arbets- och näringsdepartementet": a word cut short before "and" shares the compound after it)
                // ("Department for Culture, Media and Sport": a ministry's portfolios listed, one body)
                if (c.is(k, Word.AND) && !SpanParts.ampersandInName(c, from, k, to) && !TruncatedCompounds.cutBefore(c.text, c.tokens, k - 1)
                        && !Ministries.englishList(c, from, k)) {
                    boolean oneWordBefore = k == from + 1 && !c.isKnown(from, from + 1) && !c.capitalisedNouns
                            && !SpanParts.afterPluralNoun(c, from); // "rivals Stolt-Nielsen and Mitsui O.S.K. Lines": a list
                    // "Port Botany and Port Kembla": the same first word on both sides names two
                    boolean repeated = k - from >= 2 && to - k >= 3 && c.lower(k + 1).equals(c.lower(from));
                    boolean knownAfter = SpanParts.secondNameAfterAnd(c, from, k, to, oneWordBefore);
                    if (repeated || knownAfter || !(oneWordBefore && c.has(to - 1, Gazetteer.ORG_KEYWORD)) && !c.has(from, Gazetteer.ORG_KEYWORD)
                            && !c.is(from, Word.FEDERAL_BODY) // "Bundesministerium für Bildung und Forschung"
                            && !SpanParts.oneBody(c, from, k, to)
                            && !SpanShapes.andInComplement(c, from, k, to, c.isKnown(k + 1, to))) {
                        emit(c, from, k, afterTitle, initial, out);
                        emit(c, k + 1, to, false, false, out);
                        return;
                    }
                }
            }
            if (c.capitalisedNouns && to - from > 1 && !afterTitle && !SpanParts.evidence(c, from, to)) {
                // "zum Teil von der Europäischen Investitionsbank": a body's adjective and noun closing the span stay one
                int pair = to - from > 3 && SpanParts.germanBodyPair(c, to - 2, to) && c.is(to - 3, Word.CONNECTOR) ? to - 2 : to;
                for (int k = from; k < pair; k++) {
                    if (!c.is(k, Word.CONNECTOR)) {
                        out.add(c.candidate(k, k + 1, false, initial && k == from));
                    }
                }
                if (pair < to) {
                    out.add(c.candidate(pair, to, false, false));
                }
                return;
            }
        }
        // "la Plaza Mayor de Madrid": the square, then its city (not "Plaza de España", a square's whole name)
        if (to - from >= 4 && StreetNames.isKind(c.lower(from)) && c.is(to - 2, Word.OF_OR_FOR)
                && c.has(to - 1, Gazetteer.PLACE | Gazetteer.TOWN) && Gazetteer.get().countryCode(c.lower(to - 1)) == null) {
            out.add(c.candidate(from, to - 2, afterTitle, initial));
            out.add(c.candidate(to - 1, to, false, false));
            return;
        }
        out.add(c.candidate(from, to, afterTitle, initial));
    }

    /**
     * The index of "and" followed by an article inside the span ("Verband Region Stuttgart und der Fahrgastverband Pro
     * Bahn", "el Ministerio de Cultura y la Comunidad de Madrid"), where a new noun phrase starts; or -1. Inside one name
     * "and" takes no article. Outside German, whose every noun is capitalised, only between two bodies' names, the second
     * one known, or opened by a body's word, or named "of" a place: a name's own field may follow "and the" ("Comisión
     * Nacional de los Mercados y la Competencia").
     */
    static int andArticle(Span c, int from, int to) {
        for (int k = from + 1; k + 2 < to; k++) {
            if (c.is(k, Word.AND) && c.is(k + 1, Word.ARTICLE)
                    && (c.capitalisedNouns || c.anyHas(from, k, Gazetteer.ORG_KEYWORD) && secondBody(c, k + 2, to))) {
                return k;
            }
        }
        return -1;
    }

    /** Words from..to-1 name a body of their own: known, opened by a body's word, or "of" a place ("Comunidad de Madrid"). */
    private static boolean secondBody(Span c, int from, int to) {
        return c.memo(from).capitalised() && (c.isKnown(from, to) || c.has(from, Gazetteer.ORG_KEYWORD) || c.is(from, Word.BODY_HEAD)
                || to - from == 3 && c.is(from + 1, Word.OF_OR_FOR) && c.has(from + 2, Gazetteer.PLACE | Gazetteer.TOWN));
    }
}
