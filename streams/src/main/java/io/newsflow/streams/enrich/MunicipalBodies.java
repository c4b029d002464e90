package io.newsflow.streams.enrich;

import java.util.Set;

/**
 * Dutch writes a municipality's or province's government with its kind in lower case before the name: "de gemeente
 * Sittard-Geleen", "de provincie Limburg". The kind is part of the body's name (as "Gemeente Amsterdam" and "Provincie
 * Noord-Holland" write it themselves), and what it names is the body, not the place: the name starts at the kind.
 * French and Italian capitalise the kind for the government ({@link #regionalGovernment}).
 */
final class MunicipalBodies {

    private static final WordSet DUTCH_KINDS = WordSet.of("gemeente", "provincie");
    /** The capitalised words of French and Italian regional governments (case-sensitive: capitals are the evidence). */
    private static final Set<String> REGIONAL_GOVERNMENTS = Set.of("Région", "Regione", "Province", "Département");

    private MunicipalBodies() {
    }

    /** Where the body's name starts when a Dutch kind stands in lower case right before the span at i; else i. */
    static int start(String text, Tokens tokens, int i, int stopLanguages) {
        if (i < 1 || (stopLanguages & Languages.DUTCH) == 0) {
            return i;
        }
        // ("in de gemeente Utrecht": where, the place)
        boolean where = i >= 3 && (tokens.word(i - 2).hasClass(Word.LOCATIVE) || tokens.word(i - 3).hasClass(Word.LOCATIVE));
        return !where && StreetNames.kindBefore(text, tokens, i, DUTCH_KINDS) ? i - 1 : i;
    }

    /**
     * The "and" right after a body named by its kind and its place ("de gemeente Utrecht en ProRail", "die Gemeinde
     * Dübendorf und Swisscom"), where the body's name is whole and a second name starts; -1 when the span has no such
     * shape. Not before a second place ("IHK für München und Oberbayern", "provincie Noord-Holland en Flevoland": the
     * body's region).
     */
    static int andAfterPlacesBody(Span c, int from, int to) {
        int and = from + 2;
        if (to - and < 2 || !c.has(from, Gazetteer.ORG_KEYWORD) || !c.has(from + 1, Gazetteer.PLACE | Gazetteer.TOWN)
                || c.has(and + 1, Gazetteer.PLACE | Gazetteer.TOWN) || !c.memo(and + 1).capitalised()) {
            return -1;
        }
        return DutchAnd.joins(c.memo(and), c.stopLanguages) ? and : -1;
    }

    /**
     * "la Région Bretagne", "la Regione Liguria", "la Province de Liège", "le Département du Nord": French and Italian
     * write a region's, a province's or a department's government with a capital, its land with none ("la région
     * Bretagne", "la province de Liège"). Swedish, Danish and German name a region's council "Region" and the land's
     * name ("Region Västerbotten", "Region Midtjylland", "Region Hannover"), wherever it stands.
     */
    static boolean regionalGovernment(Candidate c) {
        return c.size() >= 2 && !c.initial() && REGIONAL_GOVERNMENTS.contains(c.word(0).surface())
                || c.size() >= 2 && c.size() <= 3 && c.word(0).surface().equals("Region"); // "Region Jämtland Härjedalen"
    }
}
