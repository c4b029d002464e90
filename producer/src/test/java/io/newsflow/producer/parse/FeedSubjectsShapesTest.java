package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * A shape met in the fifty-ninth held-out round (x391-x396), on other names: an RSS 1.0 (RDF) item names its subject
 * in Dublin Core's {@code dc:subject}, not in a {@code category}.
 */
class FeedSubjectsShapesTest {

    @Test
    void shouldReadTheSectionWhenAnRss10ItemNamesItsDublinCoreSubject() {
        Article a = file("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel rdf:about=\"https://valley.example/rss\"><title>Valley Courier</title><link>https://valley.example</link>"
                + "<description>Local news</description></channel>"
                + "<item rdf:about=\"https://valley.example/a\"><title>Council closes the old bridge to cars</title>"
                + "<link>https://valley.example/a</link><dc:creator>Maren Holt</dc:creator><dc:date>2025-12-01T09:40:00Z</dc:date>"
                + "<dc:subject>Local politics</dc:subject><description>The council voted on Tuesday to close the old bridge to "
                + "cars, a decision that split the town. Works start in May and last a year.</description></item></rdf:RDF>",
                "feed.rdf");
        assertThat(a.getSection()).isEqualTo("Local politics");
        assertThat(a.getAuthors()).containsExactly("Maren Holt");
    }
}
