package io.newsflow.streams.enrich;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Gazetteer}'s table of flags from its lists, once at start-up: each list's names
 * get the list's bit, the first two words of multi-word names get the phrase bits, and German title
 * compounds ("verkehrsminister") get {@code TITLE}. The lists themselves are not kept: every question
 * the gazetteer answers is one lookup in the table.
 */
final class GazetteerFlags {

    private static final String[] TITLE_SUFFIXES = {"minister", "ministerin", "chef", "chefin", "vorstand",
        "präsident", "präsidentin", "sprecher", "sprecherin", "kanzler", "kanzlerin", "vorsitzende", "vorsitzender",
        "bürgermeister", "bürgermeisterin", "senator", "senatorin", "geschäftsführer", "geschäftsführerin",
        // Danish, Norwegian and Swedish compounds: "Regionsrådsformand", "sjukvårdsdirektör", "varaborgmästare"
        "formand", "ordförande", "ordfører", "borgmester", "borgmästare", "direktør", "direktör",
        "president", "leder"}; // "Sametingspresident Silje Karine Muotka", "partileder"

    private final Map<String, Integer> flags = new HashMap<>(1 << 16);

    private GazetteerFlags() {
    }

    /** The flags of every listed word and phrase, the countries' names ({@code countries}) among them. */
    static Map<String, Integer> build(Set<String> countries) {
        Set<String> places = read("places.txt");
        Set<String> organizations = read("organizations.txt");
        // GeoNames towns and regions (CC BY 4.0): a weaker cue than the curated places, see Gazetteer.TOWN
        Set<String> towns = withShortSaints(read("towns.txt"));
        // newsflow's list, then popular given names of six languages (npm human-names, MIT; filtered, see tools/gazetteer)
        Set<String> givenNames = union(read("given-names.txt"), read("given-names-human-names.txt"));
        Set<String> demonyms = read("demonyms.txt");
        Set<String> phraseStarts = new HashSet<>();
        // second words of the listed multi-word names: a phrase whose second word is not one is not looked up
        Set<String> phraseSeconds = new HashSet<>();
        for (Set<String> names : List.of(countries, places, organizations)) {
            firstTwoWords(names, phraseStarts, phraseSeconds);
        }
        Set<String> townStarts = new HashSet<>();
        Set<String> townSeconds = new HashSet<>();
        firstTwoWords(towns, townStarts, townSeconds);
        GazetteerFlags table = new GazetteerFlags();
        table.flag(countries, Gazetteer.PLACE);
        table.flag(places, Gazetteer.PLACE);
        table.flag(organizations, Gazetteer.ORGANIZATION);
        table.flag(towns, Gazetteer.TOWN);
        table.flag(givenNames, Gazetteer.GIVEN_NAME);
        table.flag(demonyms, Gazetteer.DEMONYM);
        table.flag(read("person-titles.txt"), Gazetteer.TITLE);
        table.flag(read("org-keywords.txt"), Gazetteer.ORG_KEYWORD);
        table.flag(read("place-keywords.txt"), Gazetteer.PLACE_KEYWORD);
        table.flag(phraseStarts, Gazetteer.PHRASE_START);
        table.flag(phraseSeconds, Gazetteer.PHRASE_SECOND);
        table.flag(townStarts, Gazetteer.TOWN_START);
        table.flag(townSeconds, Gazetteer.TOWN_SECOND);
        for (String demonym : demonyms) {
            if (demonym.indexOf(' ') > 0) {
                table.flags.merge(demonym.substring(0, demonym.indexOf(' ')), Gazetteer.DEMONYM_START, (a, b) -> a | b);
            }
        }
        table.flag(LowerCaseDemonyms.forms(), Gazetteer.LOWER_DEMONYM);
        table.flag(CalendarWords.all(), Gazetteer.CALENDAR);
        return table.flags;
    }

    /** {@code TITLE} for a German or Nordic title compound ("verkehrsminister", "siemens-chef", "regionsrådsformand"), else 0. */
    static int titleSuffix(String lower) {
        for (String suffix : TITLE_SUFFIXES) {
            if (lower.length() > suffix.length() + 2 && lower.endsWith(suffix)) {
                return Gazetteer.TITLE;
            }
        }
        return 0;
    }

    private static void firstTwoWords(Set<String> names, Set<String> firsts, Set<String> seconds) {
        for (String name : names) {
            int space = name.indexOf(' ');
            if (space > 0) {
                firsts.add(name.substring(0, space));
                int end = name.indexOf(' ', space + 1);
                seconds.add(name.substring(space + 1, end < 0 ? name.length() : end));
            }
        }
    }

    private void flag(Set<String> names, int bit) {
        for (String name : names) {
            flags.merge(name, bit | titleSuffix(name), (a, b) -> a | b);
        }
    }

    /** The towns, and those named after a saint also as news writes them: "Saint Paul" as "St. Paul", "Sankt Gallen" as "St. Gallen". */
    private static Set<String> withShortSaints(Set<String> towns) {
        Set<String> all = new HashSet<>(towns);
        for (String town : towns) {
            if (town.startsWith("saint ") || town.startsWith("sankt ")) {
                all.add("st. " + town.substring(town.indexOf(' ') + 1));
            }
        }
        return Set.copyOf(all);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Set<String> read(String resource) {
        Set<String> names = new HashSet<>();
        for (String line : DataFiles.lines(resource)) {
            for (String name : line.split("\\|")) {
                if (!name.isBlank()) {
                    names.add(name.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(names);
    }
}
