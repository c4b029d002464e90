package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-seventy-seventh held-out round (x1695-x1700), on other inputs: a link Linkwarden
 * preserved (its text's date the story's, its save time and tags the reader's); a Yandex Turbo feed's item; the
 * Economist's audio, gift, newsletter, print-edition and topic lines; the Boston Globe's byline ("By ... Globe
 * Staff,Updated ...") and its writer's contact sentence.
 */
class BookmarkArchivesTurboFeedsAndStaffBylinesShapesTest {

    @Test
    void shouldReadAPreservedLinksTextNotItsSaveTimeOrTags() {
        String link = "{\"id\": 412, \"name\": \"Old bridge closes to cars\", \"url\": \"https://paper.test/bridge\", \"collectionId\": 3, "
                + "\"textContent\": \"Old bridge closes to cars\\n\\nBy Tessa Moran | The Valley Record\\n\\nDecember 4, 2026\\n\\n"
                + BODY.replace("\n", "\\n") + "\", \"createdAt\": \"2026-12-05T08:40:52.000Z\", \"tags\": [{\"id\": 5, \"name\": \"transit\"}], "
                + "\"collection\": {\"id\": 3, \"name\": \"Reading list\"}}";
        for (String json : new String[] {link, "{\"response\": " + link + "}"}) {
            Article a = file(json, "link.json");
            assertThat(a.getAuthors()).containsExactly("Tessa Moran");
            assertThat(a.getPublishedAt()).hasToString("2026-12-04T00:00:00Z"); // the page's date, not when it was saved
            assertThat(a.getSection()).isNull(); // the reader's tag
            assertThat(allText(a)).contains("split the town").doesNotContain("Reading list");
        }
    }

    @Test
    void shouldReadAYandexTurboItemsPageWithoutItsHeaderAndWidgets() {
        Article a = file("<?xml version=\"1.0\"?><rss xmlns:turbo=\"http://turbo.yandex.ru\" version=\"2.0\"><channel><title>Harbour News</title>"
                + "<link>https://paper.test/</link><item turbo=\"true\"><title>Old bridge closes to cars</title><link>https://paper.test/bridge</link>"
                + "<pubDate>Sat, 05 Dec 2026 10:12:00 +0700</pubDate><turbo:content><![CDATA[<header><h1>Old bridge closes to cars</h1><figure>"
                + "<img src=\"https://paper.test/b.jpg\"/><figcaption>Photo: the council</figcaption></figure></header>" + HTML_BODY
                + "<div data-block=\"share\" data-network=\"vkontakte, telegram\"></div>]]></turbo:content></item></channel></rss>", "turbo.xml");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T03:12:00Z");
        assertThat(allText(a)).contains("split the town").doesNotContain("Photo: the council", "vkontakte");
    }

    @Test
    void shouldDropAWeeklysAudioGiftNewsletterPrintEditionAndTopicLines() {
        Article a = parse("The Economist\n\nEurope | Night trains\n\nOld bridge closes to cars\n\nDec 3rd 2026|VIENNA\n\n"
                + "Listen to this story. Enjoy more audio and podcasts on iOS or Android.\n\nSave\nShare\nGive\n\n" + BODY
                + "\n\nFor subscribers only: to see how we design and build our charts and maps, sign up to our weekly newsletter.\n\n"
                + "This article appeared in the Europe section of the print edition under the headline \"Sleeping on it\"\n\nExplore more\nEurope\nTransport\n");
        assertThat(allText(a)).contains("split the town").doesNotContain("Listen", "Give", "subscribers", "print edition", "Explore", "Transport");
    }

    @Test
    void shouldReadTheWriterBeforeThePapersStaffAndTheUpdateAndDropTheirContactSentence() {
        Article a = parse("The Boston Globe\n\nOld bridge closes to cars\n\nBy Taylor Dolven Globe Staff,Updated December 4, 2026, 6:41 p.m.\n\n"
                + BODY + "\n\nTaylor Dolven can be reached at taylor.dolven@globe.com. Follow her @taydolven.\n");
        assertThat(a.getAuthors()).containsExactly("Taylor Dolven");
        assertThat(a.getPublishedAt()).isNull(); // an update's stamp alone dates nothing
        assertThat(allText(a)).contains("split the town").doesNotContain("Globe Staff", "can be reached");
    }

    @Test
    void shouldReadNoOutletWhenTheWritersRoleFollowsACommaAndEndsInStaffWriter() {
        Article a = parse("KHAOSOD ENGLISH\n\nOld bridge closes to cars\n\nBy Pravit Rojanaphruk, Senior Staff Writer\nDecember 5, 2026 - 11:20 am\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Pravit Rojanaphruk");
        assertThat(a.getSource()).isNotEqualTo("Senior");
    }
}
