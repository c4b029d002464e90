package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HTML_BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static io.newsflow.producer.parse.TextShapesTest.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.newsflow.avro.Article;
import io.newsflow.avro.RejectionReason;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-seventy-third held-out round (x1671-x1676), on other inputs: pages clipped to a
 * notes app and exported from it, an Evernote export's notes (ENML in CDATA, the clip's address among the note's
 * attributes) and a Joplin note (its properties after the text, "type_: 1" last).
 */
class NoteAppExportsShapesTest {

    private static String note(String title, String byline, String created) {
        return "<note><title>" + title + "</title><created>" + created + "</created><tag>to-read</tag>"
                + "<note-attributes><source-url>https://paper.test/" + created + "</source-url></note-attributes><content><![CDATA["
                + "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\">"
                + "<en-note><div><h1>" + title + "</h1><div>" + byline + "</div><div>December 4, 2026</div>" + HTML_BODY
                + "</div></en-note>]]></content></note>";
    }

    @Test
    void shouldReadEachClippedPageWhenInputIsAnEvernoteExport() {
        String enex = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n"
                + "<en-export export-date=\"20261205T183012Z\" application=\"Evernote\">"
                + note("Old bridge closes to cars", "By Maren Holt", "20261205T090215Z")
                + note("Ferry fares rise in January", "By Owen Stricker", "20261206T101500Z") + "</en-export>";
        List<ParseOutcome> out = outcomes(enex, "notes.enex");
        assertThat(out).hasSize(2).allMatch(o -> o instanceof ParseOutcome.Parsed);
        Article first = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(first.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(first.getAuthors()).containsExactly("Maren Holt");
        assertThat(first.getPublishedAt()).hasToString("2026-12-04T00:00:00Z"); // the page's date, not the note's
        assertThat(first.getSection()).isNull(); // the reader's own tag
        assertThat(first.getUrl()).isEqualTo("https://paper.test/20261205T090215Z");
        assertThat(allText(first)).contains("split the town").doesNotContain("to-read");
        assertThat(((ParseOutcome.Parsed) out.get(1)).article().getAuthors()).containsExactly("Owen Stricker");
    }

    @Test
    void shouldRejectWhenAnEvernoteExportHoldsNoNote() {
        List<ParseOutcome> out = outcomes("<?xml version=\"1.0\"?>\n<en-export application=\"Evernote\"></en-export>", "empty.enex");
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) out.get(0)).rejection().code()).isEqualTo(RejectionReason.NO_CONTENT);
    }

    @Test
    void shouldDropAJoplinNotesPropertiesAndReadItsAddress() {
        Article a = file("Old bridge closes to cars\n\n" + BODY + "\n\nid: 8f1c2e0b94d24f3aa8a1f6c3d2e9b701\nparent_id: 3c77a1e5f0b84d1f9e2c6a0d4b8f5e12\n"
                + "created_time: 2026-12-04T08:12:44.120Z\nauthor: \nsource_url: https://paper.test/bridge\n"
                + "source_application: net.cozic.joplin-desktop\nencryption_applied: 0\ntype_: 1\n", "Old bridge closes to cars.md");
        assertThat(a.getUrl()).isEqualTo("https://paper.test/bridge");
        assertThat(a.getPublishedAt()).isNull(); // the note's time is when it was clipped
        assertThat(allText(a)).contains("split the town").doesNotContain("parent_id", "source_application", "type_");
    }

    @Test
    void shouldKeepClosingFieldLinesWhenTheyAreNoJoplinNotesProperties() {
        Article a = file("Old bridge closes to cars\n\n" + BODY + "\n\nlength: 7 km\nopening: in May\ntolls: none\ntype_: 1\n", "bridge.md");
        assertThat(allText(a)).contains("opening: in May");
    }
}
