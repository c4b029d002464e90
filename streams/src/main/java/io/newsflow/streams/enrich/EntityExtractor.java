package io.newsflow.streams.enrich;

import io.newsflow.streams.enrich.EntityClassifier.Typed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named-entity extraction: a fast hybrid of capitalised candidate spans ({@link CandidateFinder}),
 * gazetteer and context typing ({@link EntityClassifier}) and within-document coreference
 * ({@link EntityResolver}) over the lead, body paragraphs and editor's note; then the mentions
 * spans do not give ({@link ImpliedMentions}): place adjectives ("the Dutch economy") and the
 * listed names of the title and headings, which are in headline case. The article's authors
 * are persons (unless the byline names a desk or agencies:
 * "Science Desk") and its source an organisation, whether the text names them or not. Thread-safe and stateless between calls.
 */
public final class EntityExtractor {

    /** Entities (by first mention) and the resolved mentions with their positions. */
    public record Extraction(List<Entity> entities, List<Mention> mentions) {
    }

    /** Last (or first) words of desk and agency bylines, in the languages of the stop lists. */
    private static final WordSet DESK_WORDS = WordSet.of("desk", "staff", "team", "newsroom", "agencies", "agency",
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
                String name = author.strip();
                documentNames.put(lower(name), EntityType.PERSON);
                documentForms.put(lower(name), name);
            }
        }
        if (source != null && !source.isBlank() && !isDeskSource(source)) {
            String name = source.strip();
            documentNames.put(lower(name), EntityType.ORGANIZATION);
            documentForms.put(lower(name), name);
        }
        // the editor's note is running prose too ("... a senior fellow at the Baltic Maritime Policy Centre")
        List<Paragraph> running = text.notes().isEmpty() ? text.paragraphs() : concat(text.paragraphs(), text.notes());
        boolean german = "de".equals(language); // capitalises its nouns, and writes a body's genitive
        int stopLanguages = stopLanguages(language);
        List<Candidate> candidates = finder.find(running, stopLanguages, documentNames.keySet(), german);
        if ("pl".equals(language)) {
            candidates = PolishForms.nominatives(candidates); // "w Gdańsku" names Gdańsk
        }
        List<Typed> typed = new ArrayList<>(candidates.size());
        Candidate portfolio = null; // the minister's portfolio just read, which names nothing
        boolean nordic = Languages.nordic(language);
        for (Candidate c : candidates) {
            if (portfolio != null && Portfolios.next(portfolio, c)) {
                portfolio = c; // "de l'Économie et de l'Énergie": the second one names nothing either
                continue;
            }
            portfolio = Portfolios.is(c) ? c : null;
            Typed t = classifier.classify(c, documentNames, language);
            if (t != null) { // "Northvolts industriområde", "des Landvolks Niedersachsen"
                typed.add(nordic ? NordicNames.withoutGenitive(t) : german ? GermanGenitives.bodyNominative(t) : t);
            }
        }
        PartiesInBrackets.afterPersons(typed, running);
        AcronymExpansions.expand(typed, running);
        TownCues.townsListedWithOrganisations(typed, running);
        TownCues.townsOfCouncils(typed); // "el Ayuntamiento de Paiporta" ... "Paiporta recibe"
        UsStateAbbreviations.townsBeforeStates(typed, running);
        PlaceLists.coordinated(typed, running, stopLanguages);
        OrganisationLists.coordinated(typed, running);
        EntityResolver.Result result = resolver.resolve(typed, documentForms, documentNames,
                ShortNames.inBrackets(typed, running));
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
        ImpliedMentions.add(entities, text, running, mentions, language);
        return new Extraction(List.copyOf(entities), List.copyOf(mentions));
    }

    private static List<Paragraph> concat(List<Paragraph> a, List<Paragraph> b) {
        List<Paragraph> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

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
