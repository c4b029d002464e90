package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;

/**
 * Shapes met in the eighty-fourth held-out round (x541-x546), each on other names: wire items in IPTC's NewsML-G2 (one
 * item, a message of several, plain-text content, a genre) and ninjs 2 (role lists), a Hindi stamp's label, Uzbek dates
 * written "2-dekabr", bylines and news roots, a site's name over its trail's home root in a script without case, and
 * share and read-also lines in Slovene, Uzbek and Hindi.
 */
class WireItemsAndDevanagariShapesTest {

    private static List<ParseOutcome> parseAll(String text, String origin) {
        return new ArticleParser().parse(new InputDocument(text.getBytes(StandardCharsets.UTF_8), origin, null,
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    private static Article parsed(ParseOutcome outcome) {
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).article();
    }

    private static String g2Item(String meta, String content) {
        return "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" standard=\"NewsML-G2\"><itemMeta><itemClass qcode=\"ninat:text\"/>"
                + "<provider><name>Harbour Wire</name></provider><firstCreated>2025-03-05T07:30:00Z</firstCreated>"
                + "<versionCreated>2025-03-06T10:00:00Z</versionCreated><edNote>Adds quote</edNote></itemMeta><contentMeta>"
                + "<subject type=\"cpnat:geoArea\" qcode=\"geo:1\"><name>Lisbon</name></subject>"
                + "<subject type=\"cpnat:abstract\" qcode=\"medtop:1\"><name>Transport</name></subject>"
                + "<headline>" + HEADLINE + "</headline>" + meta + "</contentMeta><contentSet>" + content + "</contentSet></newsItem>";
    }

    @Test
    void shouldReadTheWireItemWhenItIsNewsMlG2() {
        String xml = "<?xml version=\"1.0\"?>" + g2Item("<creator><name>Ana Lima</name></creator>",
                "<inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                        + "<p>The council voted on Tuesday to build a second berth at the quay, officials said.</p>"
                        + "<p>(Reporting by Ana Lima; editing by Rui Costa)</p></body></html></inlineXML>");
        Article a = parsed(parseAll(xml, "item.xml").get(0));
        assertThat(a.getInputFormat()).isEqualTo(InputFormat.NEWSML);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Ana Lima");
        assertThat(a.getSource()).isEqualTo("Harbour Wire");
        assertThat(a.getSection()).isEqualTo("Transport"); // the topic, not the place
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T07:30:00Z")); // the first version's time
        assertThat(a.getEditorsNote()).isEqualTo("Adds quote");
        assertThat(TextShapesTest.allText(a)).contains("second berth").doesNotContain("Reporting by", "Adds quote");
    }

    @Test
    void shouldReadEachItemWhenANewsMessageHoldsSeveral() {
        String plain = "<inlineData contenttype=\"text/plain\">The council voted on Tuesday to build a second berth.\n\n"
                + "Work starts in May and should take two years.</inlineData>";
        String message = "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><header><sent>2025-03-05T08:00:00Z</sent></header>"
                + "<itemSet>" + g2Item("<genre qcode=\"genre:Opinion\"/><by>By Rui Costa</by>", plain)
                + g2Item("", "<remoteContent href=\"https://wire.example/photo.jpg\"/>") + "</itemSet></newsMessage>";
        List<ParseOutcome> out = parseAll(message, "message.xml");
        assertThat(out).hasSize(2);
        Article first = parsed(out.get(0));
        assertThat(first.getAuthors()).containsExactly("Rui Costa");
        assertThat(first.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(first.getBody()).hasSize(2);
        assertThat(out.get(1)).isInstanceOf(ParseOutcome.Rejected.class); // a picture's link is no text
        assertThat(((ParseOutcome.Rejected) out.get(1)).rejection().code()).isEqualTo(RejectionReason.NO_CONTENT);
    }

    @Test
    void shouldReadTheWireItemWhenItIsNinjsWithRoleLists() {
        String json = "{\"standard\": {\"name\": \"ninjs\", \"version\": \"2.1\"}, \"uri\": \"urn:x:1\", \"type\": \"text\","
                + "\"firstcreated\": \"2025-03-05T07:30:00Z\", \"versioncreated\": \"2025-03-06T10:00:00Z\","
                + "\"headlines\": [{\"role\": \"short\", \"value\": \"Quay berth\"}, {\"role\": \"main\", \"value\": \"" + HEADLINE + "\"}],"
                + "\"bodies\": [{\"role\": \"main\", \"contenttype\": \"text/html\", \"value\": \"<p>The council voted on Tuesday to build"
                + " a second berth at the quay.</p><p>Work starts in May.</p>\"}], \"by\": \"Ana Lima\", \"copyrightholder\": \"Harbour Wire\","
                + "\"copyrightnotice\": \"(c) 2025 Harbour Wire\", \"subjects\": [{\"name\": \"Transport\", \"uri\": \"medtop:1\"}]}";
        Article a = parsed(parseAll(json, "item.json").get(0));
        assertThat(a.getTitle()).isEqualTo(HEADLINE); // the main headline, not the short one
        assertThat(a.getAuthors()).containsExactly("Ana Lima");
        assertThat(a.getSource()).isEqualTo("Harbour Wire");
        assertThat(a.getSection()).isEqualTo("Transport");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.UNKNOWN); // "type": "text" is the medium
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T07:30:00Z"));
    }

    @Test
    void shouldDateTheStoryWhenAHindiLabelOrAnUzbekHyphenWritesIt() {
        Article hindi = parse(HEADLINE + "\n\nलेखक: राहुल वर्मा\nप्रकाशित: 5 मार्च 2025, 09:30 AM IST\n\n" + BODY);
        assertThat(hindi.getAuthors()).containsExactly("राहुल वर्मा");
        assertThat(hindi.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T04:00:00Z"));
        Article uzbek = parse(HEADLINE + "\n\nMuallif: Jasur Aliyev\n5-mart 2025, 09:30\n\n" + BODY);
        assertThat(uzbek.getAuthors()).containsExactly("Jasur Aliyev");
        assertThat(uzbek.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
    }

    @Test
    void shouldReadTheSiteAndSectionWhenAHomeRootStandsBetweenThem() {
        Article a = parse("Вечер\nПочетна\nЕкономија\n\nВладата го усвои буџетот за следната година по долга седница\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Вечер");
        assertThat(a.getSection()).isEqualTo("Економија");
    }

    @Test
    void shouldDropTheLineWhenItSharesOrPointsToMoreStories() {
        Article a = parse("Yangiliklar\nSport\n\n" + HEADLINE + "\n\n" + BODY + "\n\nUlashish\nDeli novico\nयह भी पढ़ें\n");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getSection()).isEqualTo("Sport");
        assertThat(TextShapesTest.allText(a)).doesNotContain("Ulashish", "Deli novico", "यह भी पढ़ें");
        assertThat(a.getSource()).isNull();
    }
}
