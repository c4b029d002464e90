package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Strength;
import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a GeoNames town ({@link Gazetteer#TOWN}) gives way to better evidence after typing. A town
 * types a name only when nothing else does ({@link EntityClassifier}), with {@link Strength#DEFAULT}
 * so that coreference can still make it a person's surname; the company listed next to it is
 * stronger evidence still, which only the neighbouring candidates show.
 */
final class TownCues {

    private TownCues() {
    }

    /**
     * A name typed a place only because a GeoNames town bears it, listed with an organisation, is
     * an organisation: "SQM and Albemarle operate", "Rio Tinto, Albemarle and SQM". Towns are the
     * weakest place cue; the company next to them is better evidence.
     */
    static void townsListedWithOrganisations(List<Typed> typed, List<Paragraph> paragraphs) {
        for (int i = 0; i + 1 < typed.size(); i++) {
            Typed a = typed.get(i);
            Typed b = typed.get(i + 1);
            boolean townA = townOnly(a);
            if (townA == townOnly(b) || a.candidate().paragraph() != b.candidate().paragraph()
                    || b.candidate().start() - a.candidate().end() > PlaceLists.MAX_GAP) {
                continue;
            }
            Typed other = townA ? b : a;
            if (other.type() != EntityType.ORGANIZATION || other.strength().compareTo(Strength.CUED) < 0) {
                continue;
            }
            String gap = paragraphs.get(a.candidate().paragraph()).text().substring(a.candidate().end(), b.candidate().start());
            if (!listed(gap.strip(), townA && a.candidate().previousIs(Word.LOCATIVE))) {
                continue;
            }
            Typed town = townA ? a : b;
            typed.set(townA ? i : i + 1, new Typed(town.candidate(), EntityType.ORGANIZATION, Strength.CUED, null));
        }
    }

    /**
     * Only a list separator between two names: "SQM and Albemarle", "Rio Tinto, Albemarle". Not
     * with an article, which joins clauses rather than names ("from Luleå, and the Swedish Energy
     * Agency expects ..."), nor ", and" after a town that follows "in" ("to the centre in Darwen, and
     * Blackburn Centurions Swimming Club will train": two clauses).
     */
    private static boolean listed(String gap, boolean firstAfterLocative) {
        return gap.equals("and") || gap.equals("&") || gap.equals(",") || gap.equals(", and") && !firstAfterLocative
                || gap.equals("or");
    }

    private static boolean townOnly(Typed t) {
        return t.type() == EntityType.LOCATION && t.strength() == Strength.DEFAULT && t.candidate().listed(Gazetteer.TOWN);
    }

    /** The words that open a town's council's name before "of" and the town ("Ayuntamiento de Paiporta", "Comune di Bacoli"). */
    private static final WordSet COUNCILS = WordSet.of("ayuntamiento", "ajuntament", "concello", "comune",
            "municipio", "mairie", "prefeitura", "gemeente");

    /** A word that opens a town's council's name before "of" and the town ("ayuntamiento", "comune", "gemeente"). */
    static boolean isCouncil(String lower) {
        return COUNCILS.contains(lower);
    }

    /**
     * "El Ayuntamiento de Paiporta ...", then "Paiporta recibe ...": the town a council is named after is a place, so its
     * own mentions, typed only weakly or by default (a sentence's or a headline's first word), are places too.
     */
    static void townsOfCouncils(List<Typed> typed) {
        Set<String> towns = new HashSet<>();
        for (Typed t : typed) {
            Candidate c = t.candidate();
            if (t.type() == EntityType.ORGANIZATION && c.size() == 3 && COUNCILS.contains(c.lower(0))
                    && PlaceCues.OF.contains(c.lower(1))) {
                towns.add(c.lower(2));
            } else if (t.type() == EntityType.ORGANIZATION && CityBodies.townsOwn(c)) {
                towns.add(c.lower(1)); // "die Stadtwerke Hagen", then "in Hagen"
            }
        }
        for (int i = 0; !towns.isEmpty() && i < typed.size(); i++) {
            Typed t = typed.get(i);
            // (a place typed only weakly, as a German name after "in" is, is made sure too)
            if (t.strength().compareTo(Strength.DEFAULT) <= 0 && (t.type() != EntityType.LOCATION || t.strength() == Strength.WEAK)
                    && towns.contains(t.candidate().key())) {
                typed.set(i, new Typed(t.candidate(), EntityType.LOCATION, Strength.CUED, null));
            }
        }
    }

    /** "in" that places a town in its region after a comma ("Laguardia, en Álava"); not "near": "Kanonkop, near Stellenbosch" is an estate. */
    private static final WordSet WITHIN = WordSet.of("in", "en", "em", "dans", "im", "nel", "nella", "nello");

    /**
     * An apposition that is "in" and a place's name, after at most an article and a lower-case place word ("en Álava",
     * "in the Western Cape", "in provincia di Cuneo") after a name inside a phrase ("of", "in"): the name lies there, a
     * town in its region.
     */
    static boolean inRegion(Candidate c, String language) {
        // inside a phrase only ("de Haro", "A La Morra"): a subject's apposition may place a body ("El bioparque Temaikèn,
        // en Escobar, anunció")
        if (c.initial() || !(c.previousIs(Word.LOCATIVE | Word.OF_OR_FOR) || PlaceCues.afterItalianAt(c, language))) {
            return false;
        }
        List<Word> apposition = c.apposition();
        int n = apposition.size();
        if (n < 2 || n > 5 || !WITHIN.contains(apposition.get(0).lower())) {
            return false;
        }
        int name = 1;
        while (name < n && !apposition.get(name).capitalised()
                && (apposition.get(name).hasClass(Word.ARTICLE | Word.CONNECTOR) || apposition.get(name).has(Gazetteer.PLACE_KEYWORD))) {
            name++; // "the", "provincia di"
        }
        if (name == n || n - name > 3 || !apposition.get(name).capitalised()) {
            return false;
        }
        StringBuilder key = new StringBuilder();
        for (int k = name; k < n; k++) {
            Word w = apposition.get(k);
            if (!w.capitalised() && !w.hasClass(Word.PLACE_CONNECTOR) || w.has(Gazetteer.ORG_KEYWORD)) {
                return false; // capitalised words and a place's connectors, no body's word: not "in Paris last week"
            }
            key.append(k > name ? " " : "").append(w.lower());
        }
        // a place no list holds is one too ("en Álava"), unless a list says it is a body
        int listed = n - name == 1 ? apposition.get(name).gazetteer() : Gazetteer.get().listed(key.toString());
        return (listed & (Gazetteer.ORGANIZATION | Gazetteer.ORG_KEYWORD)) == 0;
    }
}
