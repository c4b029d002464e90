package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named-entity extraction: a fast hybrid of capitalised candidate spans ({@link CandidateFinder}),
 * gazetteer and context typing ({@link EntityClassifier}) and within-document coreference
 * ({@link EntityResolver}). Reads the lead and body paragraphs only: titles and headings are in
 * headline case. The article's authors are persons (unless the byline names a desk or agencies:
 * "Science Desk") and its source an organisation, whether the text names them or not. Thread-safe and stateless between calls.
 */
public final class EntityExtractor {

    /** Entities (by first mention) and the resolved mentions with their positions. */
    public record Extraction(List<Entity> entities, List<Mention> mentions) {
    }

    /** Last (or first) words of desk and agency bylines, in the languages of the stop lists. */
    private static final Set<String> DESK_WORDS = Set.of("desk", "staff", "team", "newsroom", "agencies", "agency",
            "editors", "editorial", "reporters", "correspondents", "bureau", "wires", "newsdesk", "rédaction",
            "redaction", "redaktion", "redacción", "redaccion", "redactie", "redazione", "redação", "redacção",
            "nachrichtenagenturen", "agences", "agencias", "agenzie", "agentschappen", "staff-writer");

    private final CandidateFinder finder = new CandidateFinder();
    private final EntityClassifier classifier = new EntityClassifier();
    private final EntityResolver resolver = new EntityResolver();

    /**
     * Extracts the entities of {@code text}.
     *
     * @param language ISO 639-1 code from language detection, or null
     * @param authors  author names from the article's metadata
     * @param source   the outlet's name, or null
     */
    public Extraction extract(ArticleText text, String language, List<String> authors, String source) {
        Map<String, EntityType> documentNames = new HashMap<>();
        Map<String, String> documentForms = new HashMap<>();
        for (String author : authors) {
            if (author != null && !author.isBlank() && !isDesk(author)) {
                documentNames.put(lower(author.strip()), EntityType.PERSON);
                documentForms.put(lower(author.strip()), author.strip());
            }
        }
        if (source != null && !source.isBlank() && !isDeskSource(source)) {
            documentNames.put(lower(source.strip()), EntityType.ORGANIZATION);
            documentForms.put(lower(source.strip()), source.strip());
        }
        List<Candidate> candidates = finder.find(text.paragraphs(), stopLanguages(language), documentNames.keySet(),
                "de".equals(language));
        List<Typed> typed = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Typed t = classifier.classify(c, documentNames, language);
            if (t != null) {
                typed.add(t);
            }
        }
        coordinatedPlaces(typed, text.paragraphs());
        EntityResolver.Result result = resolver.resolve(typed, documentForms);
        List<Entity> entities = new ArrayList<>(result.entities());
        for (Map.Entry<String, String> named : documentForms.entrySet()) {
            if (!result.resolved(named.getKey())) {
                entities.add(new Entity(named.getValue(), documentNames.get(named.getKey()), 1, null));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : result.mentions()) {
            if (m != null) {
                mentions.add(m);
            }
        }
        return new Extraction(List.copyOf(entities), List.copyOf(mentions));
    }

    /**
     * Names listed together with a place are places: "Shrewsbury, Bewdley and Upton-upon-Severn",
     * "between Basel and Busto Arsizio", "from Świnoujście to Esbjerg". An unknown name that was
     * typed only by default next to a known or cued place, joined by "and", a comma,
     * articles or "from ... to", becomes a place; a run of names is followed both ways.
     */
    static void coordinatedPlaces(List<Typed> typed, List<Paragraph> paragraphs) {
        Set<String> places = null;
        for (Typed t : typed) {
            if (placeAnchor(t)) {
                if (places == null) {
                    places = new HashSet<>();
                }
                places.add(t.candidate().key()); // a name cued as a place anywhere anchors all its mentions
            }
        }
        if (places == null) {
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i + 1 < typed.size(); i++) {
                Typed a = typed.get(i);
                Typed b = typed.get(i + 1);
                boolean placeA = places.contains(a.candidate().key());
                boolean placeB = places.contains(b.candidate().key());
                if (a.candidate().paragraph() != b.candidate().paragraph() || placeA == placeB) {
                    continue;
                }
                String text = paragraphs.get(a.candidate().paragraph()).text();
                if (!coordination(text, a.candidate().end(), b.candidate().start(), a.candidate().previous())) {
                    continue;
                }
                int guess = placeA ? i + 1 : i;
                Typed t = typed.get(guess);
                if (t.strength() == EntityClassifier.Strength.DEFAULT) { // not WEAK: German nouns, sentence openers
                    typed.set(guess, new Typed(t.candidate(), EntityType.LOCATION, EntityClassifier.Strength.CUED, null));
                    places.add(t.candidate().key());
                }
            }
        }
    }

    private static boolean placeAnchor(Typed t) {
        return t.type() == EntityType.LOCATION && t.strength().compareTo(EntityClassifier.Strength.CUED) >= 0;
    }

    /**
     * Only "and"-words, commas and articles between two names ({@code text[from, to)}), or "to"
     * after "from X"; read in place, word by word from the {@link Word} cache.
     */
    private static boolean coordination(String text, int from, int to, String previous) {
        if (to - from > 24) {
            return false; // longer than ", and the " plus slack: not a list
        }
        boolean joined = false;
        for (int k = from; k < to; ) {
            char ch = text.charAt(k);
            if (ch == ',') {
                joined = true;
                k++;
            } else if (Character.isWhitespace(ch)) {
                k++;
            } else if (Character.isLetter(ch) || ch == '&') {
                int end = k + 1;
                while (end < to && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                Word word = Word.of(text, k, end);
                if (word.hasClass(Word.AND) || FROM_TO.contains(word.lower()) && FROM.contains(previous)) {
                    joined = true;
                } else if (!word.hasClass(Word.ARTICLE) && !LIST_ARTICLES.contains(word.lower())) {
                    return false;
                }
                k = end;
            } else {
                return false; // a full stop, a bracket, a quote: not one list
            }
        }
        return joined;
    }

    private static final Set<String> FROM = Set.of("from", "von", "de", "desde", "da", "van");
    private static final Set<String> FROM_TO = Set.of("to", "nach", "bis", "à", "a", "hasta", "naar", "tot");
    /** Articles of the list languages that {@link Word#ARTICLE} does not hold (Italian, Portuguese). */
    private static final Set<String> LIST_ARTICLES = Set.of("il", "lo", "gli", "i", "o", "os", "as", "l");

    /**
     * A byline that names a desk, a team or agencies rather than a person ("Science Desk", "Staff
     * and agencies", "Reuters staff", "La Rédaction", "Wirtschaftsredaktion"): not an entity.
     */
    static boolean isDesk(String author) {
        String lower = lower(author.strip());
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        String first = lower.indexOf(' ') < 0 ? lower : lower.substring(0, lower.indexOf(' '));
        return DESK_WORDS.contains(last) || DESK_WORDS.contains(first) || last.endsWith("redaktion")
                || last.endsWith("desk");
    }

    /**
     * A source that is a desk rather than an outlet ("Science Desk", "City Newsroom", a feed
     * titled after one): not an entity. Narrower than {@link #isDesk}: "Anadolu Agency" and
     * "Reuters" stay organisations.
     */
    static boolean isDeskSource(String source) {
        String lower = lower(source.strip());
        return lower.endsWith(" desk") || lower.endsWith(" newsdesk") || lower.endsWith(" newsroom")
                || lower.endsWith("redaktion") || lower.startsWith("la rédaction") || lower.startsWith("redacción");
    }

    /**
     * Stop words of the article's language plus English, which news in any language quotes: as
     * {@link Word#stopLanguages()} bits (English is index 0, as is an unknown language).
     */
    static int stopLanguages(String language) {
        return 1 | 1 << Languages.index(language);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
