package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.InputFormat;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-eighty-third held-out round (x1731-x1736), on other inputs: a podcast episode's
 * host and show notes' furniture; a front matter's title over a text that does not repeat it, Hugo's shortcodes and
 * Liquid's tags; an article in DocBook; a copyright glued to its year and holder ("Copyright2026CNC."); a French site's
 * follow plea and notifications' switch.
 */
class PodcastsTemplatesAndDocBookShapesTest {

    private static Article episode(String itunesAuthor) {
        return file("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>The Harbour Briefing</title><link>https://radio.test/</link>"
                + "<item><title>Old bridge closes to cars</title><itunes:author>" + itunesAuthor + "</itunes:author>"
                + "<pubDate>Fri, 04 Dec 2026 17:00:00 +0000</pubDate><content:encoded><![CDATA[" + HTML_BODY
                + "<p>Listen to the full episode above. Subscribe wherever you get your podcasts.</p>"
                + "<p>Music: \"Morning Tide\" by Sea Glass, used under licence.</p>]]></content:encoded></item></channel></rss>", "podcast.rss");
    }

    @Test
    void shouldReadAnEpisodesHostAndDropItsShowNotesFurniture() {
        Article a = episode("Nadia Karim");
        assertThat(a.getAuthors()).containsExactly("Nadia Karim");
        assertThat(allText(a)).contains("split the town").doesNotContain("Listen to the full episode", "Subscribe wherever", "Music:");
        assertThat(episode("Harbour Radio").getAuthors()).isEmpty(); // (a show's producer, no person)
    }

    @Test
    void shouldKeepAFrontMattersTitleOverATextThatDoesNotRepeatItAndDropHugosShortcodes() {
        Article a = file("+++\ntitle = \"Old bridge closes to cars\"\nauthor = \"Lena Hartmann\"\n+++\n\n" + BODY.replace("\n\n", "\n\n{{< figure src=\"/b.jpg\" >}}\n\n")
                + "\n\n{{% notice info %}}\nEntry is free, but places must be booked.\n{{% /notice %}}\n\n{{< youtube dQw4w9WgXcQ >}}\n", "bridge.md");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getLead()).startsWith("The council voted on Tuesday");
        assertThat(allText(a)).contains("places must be booked").doesNotContain("{{", "youtube");
    }

    @Test
    void shouldStillDropTheTitleWhenTheTextRepeatsItAsAHeading() {
        Article a = file("---\ntitle: Old bridge closes to cars\n---\n\n# Old bridge closes to cars\n\n" + BODY, "bridge.md");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getLead()).startsWith("The council voted on Tuesday");
    }

    @Test
    void shouldDropLiquidTagsAndComments() {
        Article a = file("---\ntitle: Old bridge closes to cars\nauthor: Tom Ellery\n---\n\n{% include figure.html src=\"/b.jpg\" %}\n\n" + BODY
                + "\n\n{% comment %}Check the date with the council.{% endcomment %}\n\n{% include newsletter-signup.html %}\n", "bridge.md");
        assertThat(allText(a)).contains("split the town").doesNotContain("{%", "Check the date", "newsletter");
    }

    @Test
    void shouldReadADocBookArticlesInfoAndParagraphs() {
        Article a = file("<?xml version=\"1.0\"?>\n<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><info><title>Old bridge closes to cars</title>"
                + "<author><personname><firstname>Amira</firstname><surname>Haddad</surname></personname><affiliation><orgname>Roads Office</orgname>"
                + "</affiliation></author><pubdate>2026-12-02</pubdate><publisher><publishername>Westhaven Roads Office</publishername></publisher>"
                + "<legalnotice><para>Published under CC BY 4.0.</para></legalnotice></info><para>" + BODY.replace("\n\n", "</para><para>")
                + "</para></article>", "news.xml");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Amira Haddad");
        assertThat(a.getSource()).isEqualTo("Westhaven Roads Office");
        assertThat(a.getPublishedAt()).hasToString("2026-12-02T00:00:00Z");
        assertThat(a.getInputFormat()).isEqualTo(InputFormat.DOCBOOK);
        assertThat(allText(a)).contains("split the town").doesNotContain("CC BY", "Roads Office");
    }

    @Test
    void shouldKeepTheMastheadOverACopyrightGluedToItsYearAndDropAFrenchFollowPlea() {
        Article a = parse("Corbeau News Centrafrique\n\nAccueil | Actualités | Politique | Économie | Société | Sport\n\nLe vieux pont fermé aux voitures\n\n"
                + "5 décembre 2026\n\nLe conseil a voté mardi la fermeture du vieux pont aux voitures, une décision qui divise la ville.\n\n"
                + "Les commerçants craignent de perdre des clients.\n\nCopyright2026CNC.\n\nMerci de nous suivre sur nos réseaux sociaux.\n\nNotification:\n");
        assertThat(a.getSource()).isEqualTo("Corbeau News Centrafrique");
        assertThat(allText(a)).contains("divise la ville").doesNotContain("Merci de nous suivre", "Notification");
    }
}
