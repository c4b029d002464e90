package io.newsflow.producer.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.producer.parse.text.NameCase;
import io.newsflow.producer.parse.text.Outlets;
import io.newsflow.producer.parse.text.PersonNames;

/**
 * The authors of a JSON article: {@code author} as a string, an object or a list, {@code authors}, {@code byline},
 * {@code creator}, {@code credits}; WordPress's embedded authors; a headless CMS's related records. A byline written out
 * with its lead-in ("By MICHAEL CASEY, Associated Press") is read as a byline: its names, and its outlet as the source.
 * A desk's credit ("Staff Reporter") names no one.
 */
final class JsonAuthors {
    private static final List<String> AUTHOR = List.of("authors", "author", "byline", "bylines", "creator", "creators", "credits",
            "primary_author", "publishedBylines", "populatedAuthors", // Ghost's; AP's "bylines" is one written byline; Substack's; Payload's
            "authorsCollection", // (Contentful's GraphQL: {"authorsCollection": {"items": [...]}})
            "published_by", "publishedBy", // a read-it-later export's (wallabag's "published_by": ["Name"])
            "reporter", "reporters", // (a newsroom's own CMS behind a HAL answer: {"reporter": "Hugh Marsden"})
            "_author", "_authors", // Apostrophe's relationships, named after "_" ({"_author": [{"title": "Nadia Petrova", ...}]})
            "authorsByline", "matchedAuthors", // a news API's byline as the page wrote it and the people it matched (Perigon's)
            "authorName", "author_name", "authorNames", // a query's projection of the author's name (Sanity's GROQ: "authorName": author->name)
            "writer", "writers", // (microCMS's {"writer": {"name": ...}})
            "user", // a developer platform's writer (dev.to's {"user": {"name": ..., "username": ...}})
            "profiles", "profile"); // a database's users embedded in the row (Supabase's {"profiles": {"full_name": ...}}), the last asked
    /** What a byline object calls its list of people ({"authors": [...]}, {"by": [...]}). */
    private static final List<String> PEOPLE = List.of("authors", "by", "person", "people");
    /** A blockchain wallet's address as a post's author (Paragraph's, Mirror's): "0x3fA9…", forty hex digits. */
    private static final Pattern WALLET = Pattern.compile("0x[0-9a-fA-F]{40}");
    /** The outlet's staff after its name: "Tidewater Herald Staff", "Harbour Times Newsroom". */
    private static final Pattern STAFF = Pattern.compile(
            "(?i)\\s+(?:staff(?: writers?| reporters?)?|news ?desk|desk|newsroom|team)$");

    /** A byline of only these words credits a desk, no one ("Staff Reporter", "Redacción"). */
    private static final Set<String> DESK_WORDS = Set.of("staff", "reporter", "reporters", "writer",
            "writers", "correspondent", "editor", "editors", "desk", "newsroom", "team", "redacción", "redazione",
            "rédaction", "redaktion", "redactie", "redakcja",
            "communications", "office", "press", "media", "relations", "public", "affairs", "department"); // ("Press Office")

    /**
     * Whether a name credits a desk or the outlet's staff, no one: "Staff Reporter", "Tees Valley Echo Staff" (a JSON-LD
     * author's, read as a record's: {@link JsonLdArticle}).
     */
    static boolean namesDesk(String name) {
        String n = name.strip().replaceFirst("(?i)^by\\s+", "");
        return onlyDeskWords(n) || STAFF.matcher(n).find(); // (no person's name ends with "Staff", "Newsroom" or "Desk")
    }

    /** Whether every word of the name is a desk's ("Staff Reporter", "Redacción"). */
    private static boolean onlyDeskWords(String name) {
        return DESK_WORDS.containsAll(List.of(name.toLowerCase(Locale.ROOT).split("\\s+")));
    }

    /** The rank of an outlet named as the author: over nothing the record itself names as its source. */
    private static final int OUTLET_AS_AUTHOR = -2;

    private JsonAuthors() {
    }

    /** Adds the article's authors to the draft (and a byline's outlet as its source). */
    static void read(JsonNode node, ArticleDraft draft) {
        JsonNode embedded = WordPressFields.embeddedAuthors(node);
        JsonNode value = JsonRecords.relation(embedded != null ? embedded : JsonFields.first(node, AUTHOR));
        if (value == null) {
            value = node.get("attributedTo"); // ActivityStreams: the actor, an object with its name or its address
        }
        if ((value == null || value.isNumber()) && node.path("yoast_head_json").path("author").isTextual()) {
            value = node.path("yoast_head_json").get("author"); // WordPress's answer, its author an id: Yoast's name for it
        }
        if (value == null) {
            return;
        }
        JsonNode people = value.isObject() ? JsonFields.first(value, PEOPLE) : null;
        if (people != null && people.isArray()) {
            value = people; // {"byline": {"authors": [...]}}, {"credits": {"by": [...]}}
        }
        Iterable<JsonNode> items = value.isArray() ? value : List.of(value);
        for (JsonNode item : items) {
            if (item.isNumber()) {
                continue; // WordPress's "author": 12 is the author's id, not a name
            }
            JsonNode named = item.isObject() ? JsonFields.first(JsonRecords.relation(item), JsonFields.OBJECT_TEXT) : item;
            // a name in parts before any other field ("title": "Reporter" beside ButterCMS's first_name and last_name)
            String parts = personName(item);
            String name = parts != null || named == null || !named.isValueNode() ? parts : named.asText();
            if (name != null && (LOGIN.matcher(name).matches() || WALLET.matcher(name).matches())) {
                continue; // Plone's "creators": ["mhofer"]: a user's login, one word in lower case, is no name; nor a wallet's address
            }
            if (name != null && (name.startsWith("http") || name.startsWith("/"))) {
                name = authorPageName(name); // an address (Bolt's "/api/users/1") is no name; its author page's slug may be one
            }
            if (name != null && Outlets.hasOutletWord(name) && !PersonNames.isName(name) && Outlets.looksLikeOutlet(name)) {
                // a news API's "author": "Island Broadcaster": the outlet; newspaper4k's "Tidewater Herald Staff": its staff's
                draft.offerSource(STAFF.matcher(name.strip()).replaceFirst(""), OUTLET_AS_AUTHOR);
                continue;
            }
            // AP's "By MICHAEL CASEY, Associated Press": a byline written out in the field
            if (!draft.offerWrittenByline(name) && name != null && !name.isBlank()) {
                for (String part : name.split("\\s*(?:,|;|&|\\band\\b)\\s*")) {
                    String cleaned = part.replaceFirst("(?i)^by\\s+", "").strip();
                    if (!cleaned.isEmpty() && !onlyDeskWords(cleaned)) {
                        draft.addAuthor(NameCase.natural(cleaned));
                    }
                }
            }
        }
    }

    /**
     * A person's name in parts: the New York Times' {"firstname": "Ana", "lastname": "Ley"}, Directus's {"first_name": ...,
     * "last_name": ...}, {"firstName": ..., "lastName": ...}, {"given_name": ..., "family_name": ...}; or a user's display name
     * beside a login (Lemmy's {"name": "jhartley", "display_name": "Jonas Hartley"}); else null.
     */
    private static String personName(JsonNode item) {
        if (item.path("display_name").isTextual() && !item.get("display_name").asText().isBlank()) {
            return item.get("display_name").asText().strip(); // a forum's user: {"name": "jhartley", "display_name": "Jonas Hartley"}
        }
        if (item.path("author").isTextual() && item.has("authorEmail")) {
            return item.get("author").asText().strip(); // TYPO3 news' {"author": "Jonas Becker", "authorEmail": ...}
        }
        for (String[] parts : NAME_PARTS) {
            if (item.isObject() && item.path(parts[2]).isTextual()) {
                return (item.path(parts[0]).asText("") + " " + item.path(parts[1]).asText("") + " " + item.path(parts[2]).asText())
                        .replaceAll("\\s+", " ").strip();
            }
        }
        return null;
    }

    private static final String[][] NAME_PARTS = {{"firstname", "middlename", "lastname"}, {"first_name", "middle_name", "last_name"},
            {"firstName", "middleName", "lastName"}, {"given_name", "middle_name", "family_name"}};

    /** A login ("mhofer", "j.doe", "admin2"): one lower-case word, perhaps with digits, dots, dashes or underscores. */
    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]*");

    private static final Pattern AUTHOR_PAGE = Pattern.compile("/author/(\\p{L}+(?:-\\p{L}+){1,3})/?$");

    /**
     * "https://harbourgazette.example/author/morag-kelly/": a WordPress author page's slug of two to four words is the
     * writer's name ("morag kelly", put in natural case with every other name); any other address names no one (a
     * one-word slug is as often a login: "admin").
     */
    private static String authorPageName(String address) {
        Matcher m = AUTHOR_PAGE.matcher(address);
        return m.find() ? m.group(1).replace('-', ' ') : null;
    }
}
