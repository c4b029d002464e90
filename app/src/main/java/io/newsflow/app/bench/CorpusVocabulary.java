package io.newsflow.app.bench;

import java.util.List;

/**
 * The words the synthetic corpus is written with: everyday news vocabulary, and the capitalised
 * people, places and organisations that give entity extraction, coreference and keywords work.
 */
final class CorpusVocabulary {

    static final List<String> WORDS = List.of(
        "the", "a", "of", "to", "and", "in", "on", "for", "with", "that", "was", "were", "is", "are", "by", "from",
        "after", "before", "during", "while", "since", "about", "over", "under", "against", "between", "into",
        "government", "minister", "council", "officials", "residents", "workers", "company", "market", "prices",
        "budget", "report", "plan", "talks", "agreement", "election", "vote", "parliament", "court", "judge",
        "police", "hospital", "school", "teachers", "students", "farmers", "harvest", "weather", "storm", "flood",
        "drought", "energy", "power", "grid", "fuel", "oil", "gas", "wind", "solar", "port", "ferry", "railway",
        "station", "airport", "flights", "traffic", "road", "bridge", "housing", "rent", "tenants", "landlords",
        "wages", "strike", "union", "factory", "exports", "imports", "tariffs", "trade", "bank", "interest",
        "inflation", "growth", "jobs", "unemployment", "tourism", "visitors", "festival", "museum", "exhibition",
        "research", "scientists", "study", "data", "climate", "glacier", "coast", "river", "forest", "water",
        "said", "says", "told", "announced", "warned", "expected", "rose", "fell", "increased", "dropped",
        "reached", "planned", "approved", "rejected", "delayed", "opened", "closed", "launched", "signed",
        "new", "old", "large", "small", "first", "last", "next", "local", "national", "regional", "public",
        "private", "higher", "lower", "record", "annual", "monthly", "weekly", "early", "late", "major", "minor",
        "percent", "million", "billion", "thousand", "year", "month", "week", "day", "morning", "evening",
        "spring", "summer", "autumn", "winter", "people", "families", "children", "drivers", "passengers",
        "would", "could", "should", "will", "may", "not", "also", "still", "more", "less", "most", "many",
        "some", "several", "three", "four", "five", "twenty", "hundred", "half", "quarter", "double",
        "good", "strong", "welcome", "success", "progress", "improved", "crisis", "fears", "concern", "damage",
        "decline", "losses", "protest", "dispute", "criticised", "praised", "support", "opposition");

    static final List<String> FIRST_NAMES = List.of("Anna", "Tomasz", "Marta", "Lars", "Ingrid", "Pedro", "Sofia",
        "Henrik", "Elena", "Jonas", "Clara", "Mateo", "Katarzyna", "Oskar", "Helena", "Luca", "Amelia", "Nikolai",
        "Freya", "Daniel", "Irene", "Paulo", "Greta", "Viktor");

    static final List<String> LAST_NAMES = List.of("Kowalczyk", "Zielinski", "Lindqvist", "Andersen", "Moreau",
        "Rossi", "Silva", "Novak", "Fischer", "Jansen", "Costa", "Berg", "Petrov", "Larsen", "Weber", "Russo",
        "Horvat", "Nilsson", "Dubois", "Keller", "Santos", "Varga", "Olsen", "Marino");

    static final List<String> PLACES = List.of("Gdynia", "Karlskrona", "Rotterdam", "Porto", "Lisbon", "Hamburg",
        "Gothenburg", "Bergen", "Tromso", "Marseille", "Genoa", "Valencia", "Antwerp", "Krakow", "Vilnius",
        "Riga", "Tallinn", "Helsinki", "Copenhagen", "Oslo", "Vienna", "Zagreb", "Ljubljana", "Brno");

    static final List<String> ORGANISATIONS = List.of("Baltic Ferry Lines", "Nordic Grid Authority",
        "European Commission", "Port Authority", "Central Statistics Office", "Harbour Workers Union",
        "National Weather Service", "Regional Transport Board", "Coastal Research Institute", "Housing Council");

    static final List<String> OUTLETS = List.of("Baltic Wire", "Portline.Info", "Northern Ledger", "Coastal Times",
        "Alpine Wire", "Harbour Post", "City Desk", "Valley Herald");

    static final List<String> SECTIONS = List.of("Transport", "Economy", "Politics", "Science", "Environment",
        "Business", "Culture", "Housing");

    static final List<String> HEADINGS = List.of("What happens next", "Why it matters", "The numbers",
        "Reaction from the industry", "A long dispute", "Prices stay the same for now", "What residents say");

    private CorpusVocabulary() {
    }
}
