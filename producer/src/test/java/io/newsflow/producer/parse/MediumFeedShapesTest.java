package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-thirty-ninth held-out round (x2665-x2670), feeds whose items' content carries a
 * platform's furniture (Jetpack's share and like boxes, Substack's subscribe box, Ghost's callout and bookmark cards, a
 * Blogger post's escaped divs, a Spanish paper's "Lee también"). Missed, in a Medium publication's feed only: the
 * platform's name after the publication's in the feed's title, its tags taken for a section, and its footer ("... was
 * originally published in Transit Notes on Medium, where people are continuing the conversation ...") kept as text.
 */
class MediumFeedShapesTest {
    private static final String FEED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" version=\"2.0\"><channel><title><![CDATA[Transit Notes - Medium]]></title>"
            + "<link>https://medium.example/transit-notes</link><generator>Medium</generator><item><title><![CDATA[What Leeds learned from a "
            + "year of free weekend buses]]></title><link>https://medium.example/transit-notes/what-leeds-learned-4f2a9c</link>"
            + "<category><![CDATA[public-transport]]></category><category><![CDATA[leeds]]></category><dc:creator><![CDATA[Priya Lal]]>"
            + "</dc:creator><pubDate>Sun, 06 Dec 2026 09:58:31 GMT</pubDate><content:encoded><![CDATA[<h3>What Leeds learned from a year of "
            + "free weekend buses</h3><h4>Ridership rose by a third, but the money ran out in November</h4><p>For twelve months, anyone "
            + "could ride a bus in Leeds for free on Saturdays and Sundays.</p><p>The trial cost £9.2 million, and the authority has said "
            + "it cannot fund a second year.</p><hr><p><a href=\"https://medium.example/p/4f2a9c\">What Leeds learned from a year of free "
            + "weekend buses</a> was originally published in <a href=\"https://medium.example/transit-notes\">Transit Notes</a> on Medium, "
            + "where people are continuing the conversation by highlighting and responding to this story.</p>]]></content:encoded></item>"
            + "</channel></rss>";

    @Test
    void shouldReadAMediumPublicationsItemWithoutThePlatformsFooterWhenItsFeedIsRead() {
        Article article = file(FEED, "medium.xml");

        assertThat(article.getSource()).isEqualTo("Transit Notes");
        assertThat(article.getSection()).isNull();
        assertThat(article.getLead()).isEqualTo("Ridership rose by a third, but the money ran out in November");
        assertThat(article.getBody()).extracting(BodyBlock::getText).containsExactly(
                "For twelve months, anyone could ride a bus in Leeds for free on Saturdays and Sundays.",
                "The trial cost £9.2 million, and the authority has said it cannot fund a second year.");
    }
}
