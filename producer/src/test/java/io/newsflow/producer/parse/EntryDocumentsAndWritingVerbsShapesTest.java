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
 * Shapes met in the two-hundred-and-fifty-first held-out round (x1539-x1544), on other inputs: an Atom entry document
 * (no feed around it) with Escenic's payload of fields and home section; CoreMedia's "externallyDisplayedDate"; a
 * category link to Textpattern's "?c="; Icelandic "skrifar" after the writer's name and "Fleiri fréttir"; an editor's
 * initials in brackets closing a story under a writer's byline.
 */
class EntryDocumentsAndWritingVerbsShapesTest {

    @Test
    void shouldReadAnAtomEntryDocumentWithAnEscenicPayload() {
        Article a = file("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<entry xmlns=\"http://www.w3.org/2005/Atom\" xmlns:vdf=\""
                + "http://www.vizrt.com/types\"><id>urn:x:1</id><title>Old bridge closes to cars</title><published>2026-12-05T07:30:00Z"
                + "</published><updated>2026-12-05T07:30:00Z</updated><author><name>Ana Ruiz</name></author><link rel=\"http://www.vizrt."
                + "com/types#home-section\" href=\"urn:x:s\" title=\"Valley\"/><content type=\"application/vnd.vizrt.payload+xml\"><vdf:payload>"
                + "<vdf:field name=\"title\"><vdf:value>Old bridge closes to cars</vdf:value></vdf:field><vdf:field name=\"body\"><vdf:value>"
                + "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>The old bridge over the river closed to cars on Saturday after engineers"
                + " found cracks in two of its piers.</p><p>Buses will use the ring road until the repairs are done.</p></div></vdf:value>"
                + "</vdf:field></vdf:payload></content></entry>", "entry.xml");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSection()).isEqualTo("Valley");
        assertThat(allText(a)).contains("engineers found cracks");
    }

    @Test
    void shouldReadCoreMediasDateAndTextpatternsCategory() {
        Article json = file("{\"title\": \"Old bridge closes to cars\", \"detailText\": {\"text\": \"<div><p>The old bridge over the river "
                + "closed to cars on Saturday after engineers found cracks in two of its piers.</p><p>Buses will use the ring road until"
                + " the repairs are done in the spring, the council said on Saturday.</p></div>\"}, \"externallyDisplayedDate\": \"2026-12-05T08:00:00Z\"}", "article.json");
        assertThat(json.getPublishedAt()).hasToString("2026-12-05T08:00:00Z");
        Article page = file("<html><head><title>Old bridge closes to cars</title></head><body><article><h1>Old bridge closes to cars</h1>"
                + "<p><strong>Posted</strong> <time datetime=\"2026-12-05\">5 December 2026</time> &#183; <strong>Category:</strong> "
                + "<a href=\"/news/?c=roads\">Roads</a></p>" + HTML_BODY + "</article></body></html>", "article.html");
        assertThat(page.getSection()).isEqualTo("Roads");
    }

    @Test
    void shouldReadSkrifarAfterTheWriterAndDropAClosingMoreNewsListAndAnEditorsInitials() {
        Article a = parse("Old bridge closes to cars\n\nAnna Jónsdóttir skrifar\n5. desember 2026 11:42\n\n" + BODY
                + "\n\n(KAS)\n\nFleiri fréttir\nFerry timetable changes for the holidays\n");
        assertThat(a.getAuthors()).containsExactly("Anna Jónsdóttir");
        assertThat(allText(a)).doesNotContain("skrifar", "(KAS)", "Fleiri", "Ferry timetable");
    }
}
