package io.newsflow.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds capitalised spans in running text and cleans them into {@link Candidate}s: no parts of
 * speech, just capitalisation, small connector words ("Bank of England", "Pieter de Graaf"),
 * and known phrases; {@link SpanCleaner} then strips what capitalisation wrongly pulls in.
 */
final class CandidateFinder {

    static final WordSet CONNECTORS = WordSet.of("of", "for", "the", "de", "del", "della", "delle", "dello", "degli", "dei", "di", "da",
            "do", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "zu", "y", "and", "&",
            "und", "et", "e", "al", "bin", "ibn", "ap",
            // join only inside an organisation's name (ORG_ONLY_CONNECTORS): "Ministerio para la Transición Ecológica"
            "für", "pour", "para", "voor", "per", "los", "las", "sobre", "ante", "alla", "zur", "zum", "contra", "contre", "contro");
    /**
     * Connectors only in lower case: "Per" is a Swedish and Norwegian given name ("Per Åke Lindgren"), and so is "Ante"
     * a Croatian one; "Los" and "Las" open places' names ("Los Lagos", "Las Palmas"); "Des" is a given name ("Mayor Des
     * Hudson") and opens one ("Des Moines").
     */
    static final WordSet LOWER_CASE_ONLY_CONNECTORS = WordSet.of("per", "los", "las", "ante", "des");
    /**
     * Connectors that join only inside an organisation's name ("Office for National Statistics", "Agenzia per la ...",
     * "Comisión Nacional de los Mercados y la Competencia").
     */
    static final WordSet ORG_ONLY_CONNECTORS = WordSet.of("for", "the", "für", "pour", "para", "voor", "per", "los", "las",
            "sobre", // "Centro Nacional de Investigación sobre la Evolución Humana"
            "ante", // "Servicio Nacional de Prevención y Respuesta ante Desastres"
            // "Comisión Federal para la Protección contra Riesgos Sanitarios", "Ligue contre le cancer", "Lega contro i tumori"
            "contra", "contre", "contro",
            "alla", // "il Teatro alla Scala"
            "zur", "zum"); // "Deutsche Gesellschaft zur Rettung Schiffbrüchiger", "Verein zum Schutz der Bergwelt"
    static final WordSet AND = WordSet.of("and", "&", "und", "et", "y", "e", "och", "og");
    static final WordSet CORE_TITLES = WordSet.of("mr", "mrs", "ms", "dr", "prof", "president",
            "minister", "chancellor", "governor", "mayor", "senator", "secretary", "commissioner", "ambassador",
            "king", "queen", "prince", "pope", "ceo", "chairman", "chairwoman", "coach", "judge", "spokesman",
            "spokeswoman", "spokesperson", "premier", "mp", "mep");

    private final SpanCleaner cleaner = new SpanCleaner();

    /**
     * Candidates of all paragraphs, in reading order. {@code stopLanguages}: the languages
     * ({@link Languages#index} bits) whose stop words open sentences rather than names;
     * {@code known} holds extra lower-case names.
     */
    List<Candidate> find(List<Paragraph> paragraphs, int stopLanguages, Set<String> known, boolean capitalisedNouns) {
        List<Candidate> out = new ArrayList<>();
        KnownNames names = new KnownNames(known);
        KnownNames starts = new KnownNames(PhraseSpans.knownStarts(known));
        Span span = new Span(stopLanguages, names, starts, capitalisedNouns);
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            Tokens tokens = paragraph.tokens();
            if (tokens.size() == 1 && tokens.word(0).hasClass(Word.ALL_CAPS) && tokens.word(0).length() >= 5) {
                continue; // "SUMMARY", "UPDATE": a label alone in its paragraph, not an acronym
            }
            int i = 0;
            while (i < tokens.size()) {
                Word w = tokens.word(i);
                if (!w.capitalised()) {
                    i++;
                    continue;
                }
                if (tokens.initial(i) && w.stopIn(stopLanguages)
                        && (i + 1 >= tokens.size() || !tokens.word(i + 1).capitalised()) || tokens.currencyPrefix(paragraph.text(), i)) {
                    i++; // "The", "He", "In" opening a sentence: the common case, skipped cheaply
                    continue;
                }
                int phrase = PhraseSpans.knownPhrase(tokens, i, names, starts);
                if (phrase == 0 && tokens.initial(i) && w.hasClass(Word.ARTICLE) && i + 1 < tokens.size()
                        && tokens.word(i + 1).capitalised() && PhraseSpans.knownPhrase(tokens, i + 1, names, starts) > 0) {
                    i++; // "La Commission européenne doit ...": the sentence's article, then a listed name
                    phrase = PhraseSpans.knownPhrase(tokens, i, names, starts);
                }
                if (phrase == 0 && PartiesInBrackets.letterInBrackets(paragraph.text(), tokens, i)) {
                    phrase = 1; // "Jonas Andersson (M)": a Nordic party's letter, though "M" is a title's abbreviation too
                }
                if (phrase == 1 && SpanParts.placesBody(paragraph.text(), tokens, i, capitalisedNouns)) {
                    phrase = 0; // "Cardiff and Vale University Health Board": the listed place opens a body's name
                }
                int j = phrase > 0 ? i + phrase : SpanEnds.end(paragraph.text(), tokens, i, capitalisedNouns);
                while (phrase > 0 && j < tokens.size() && tokens.word(j).capitalised()
                        && (tokens.word(j).has(Gazetteer.ORG_KEYWORD) || tokens.word(j).lower().equals("executive"))
                        && adjacent(paragraph.text(), tokens, j - 1, j)) {
                    // "CMA CGM SA", "North Sea Port", "West Africa Energy Forum": a listed name and organisation words;
                    // "the Northern Ireland Executive": a government named after its place
                    j++;
                }
                if (phrase > 0 && j < tokens.size() && PlaceShapes.compassAfter(tokens.word(j))
                        && adjacent(paragraph.text(), tokens, j - 1, j)) {
                    j++; // "San Antonio Oeste": a listed place and its compass part
                }
                if (phrase > 0 && j == i + phrase) {
                    j = PhraseSpans.bodyAfterPhrase(paragraph.text(), tokens, j); // "United States Coast Guard": then an organisation word
                }
                if (phrase == 0) { // "Consiglio superiore dei lavori pubblici": a body's name going on in lower case
                    j = SpanEnds.beforeElidedBody(tokens, i, RomanceBodies.end(paragraph.text(), tokens, j, stopLanguages));
                    j = RomanceBodies.afterAssociation(paragraph.text(), tokens, i, j, stopLanguages); // "l'association Domaines skiables"
                    j = NordicNames.municipalityEnd(paragraph.text(), tokens, j); // "i Luleå kommun"
                    j = TruncatedCompounds.end(paragraph.text(), tokens, j); // "Post- och telestyrelsen"
                    j = BodySeats.end(paragraph.text(), tokens, i, j, stopLanguages); // "Uniwersytet Medyczny w Lublinie"
                    j = SpanEnds.unionLocal(paragraph.text(), tokens, j); // "CUPE Local 503"
                }
                int start = phrase > 0 ? i : Ministries.start(paragraph.text(), tokens, i);
                start = start < i || phrase > 0 ? start : Courts.start(paragraph.text(), tokens, i); // "tribunal judiciaire de Lyon"
                start = start < i || phrase > 0 ? start : StreetNames.romanceStart(paragraph.text(), tokens, i, stopLanguages);
                start = start < i || phrase > 0 ? start : MunicipalBodies.start(paragraph.text(), tokens, i, stopLanguages);
                j = start < i && Ministries.WORDS.contains(tokens.word(start).lowerWithoutElision())
                        ? Ministries.adjectiveEnd(paragraph.text(), tokens, j) : j; // "ministère de l'Éducation nationale"
                if (start < i || phrase == 0 && Ministries.mayGoOn(tokens, i, j)) {
                    for (int next; j < tokens.size() && (next = Ministries.goesOn(paragraph.text(), tokens, start, j)) > 0; ) {
                        j = SpanEnds.end(paragraph.text(), tokens, next, capitalisedNouns);
                    }
                }
                Span context = span.at(paragraph.text(), tokens, start, j, p);
                if (phrase > 0) {
                    out.add(context.candidate(i, j, false, false));
                } else if (j - start > 1 || !RoutePairs.add(context, start, out)) { // "sulla Roma-Palermo": two places
                    cleaner.clean(context, out);
                }
                i = j;
            }
        }
        return out;
    }

    /** The word a describing word becomes when a comma parts it from the name after it ({@link Span}). */
    static final Word COMMA = Word.of(",");

    /** A comma stands between tokens a and b ("la empresa, Leonidas Narváez"). */
    static boolean commaBetween(String text, Tokens tokens, int a, int b) {
        for (int k = tokens.end(a); k < tokens.start(b); k++) { // (only between the two: no scan to the paragraph's end)
            if (text.charAt(k) == ',') {
                return true;
            }
        }
        return false;
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
}
