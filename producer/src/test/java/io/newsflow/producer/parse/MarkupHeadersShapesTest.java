package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the two-hundred-and-sixty-sixth held-out round (x1629-x1634), on other inputs: a post's source file in
 * AsciiDoc, in reStructuredText (Pelican's field list) and in Org, each header read as front matter and its markup out
 * of the text.
 */
class MarkupHeadersShapesTest {

    @Test
    void shouldReadAnAsciiDocHeaderAndDropItsMarkup() {
        Article a = file("= Old bridge closes to cars\nAna Ruiz <ana@example.org>\n2026-12-05\n:page-site: Riverside Ledger\n"
                + ":page-category: Roads\n:toc!:\n\n" + BODY + "\n\n== What next\n\nNOTE: Buses will use the ring road.\n\n'''\n\n"
                + "_Engineers found cracks in two of its piers._\n", "post.adoc");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSource()).isEqualTo("Riverside Ledger");
        assertThat(a.getSection()).isEqualTo("Roads");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T00:00:00Z");
        assertThat(a.getBody()).anyMatch(b -> b.getKind() == BlockKind.HEADING && b.getText().equals("What next"));
        assertThat(allText(a)).contains("Buses will use the ring road.", "Engineers found cracks in two of its piers.")
                .doesNotContain(":page", "ana@", "NOTE:", "'''", "_Engineers");
    }

    @Test
    void shouldReadAReStructuredTextTitleAndFieldListAndDropItsDirectives() {
        Article a = file("Old bridge closes to cars\n#########################\n\n:date: 2026-12-05 10:20\n:authors: Ana Ruiz\n:category: Roads\n"
                + ":slug: old-bridge\n\n" + BODY + "\n\n.. image:: /images/bridge.jpg\n   :alt: The bridge in the snow\n\n**What next**\n\n"
                + "Buses will use the ring road.\n", "post.rst");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSection()).isEqualTo("Roads");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T10:20:00Z");
        assertThat(allText(a)).contains("What next", "Buses will use the ring road.").doesNotContain("#####", ":slug:", ".. image", ":alt:", "**");
    }

    @Test
    void shouldReadAnOrgDocumentsKeywordsAndDropItsBlockLines() {
        Article a = file("#+TITLE: Old bridge closes to cars\n#+AUTHOR: Ana Ruiz\n#+DATE: <2026-12-05 Sat 09:15>\n#+CATEGORY: Roads\n"
                + "#+FILETAGS: :bridges:roads:\n#+OPTIONS: toc:nil\n\n" + BODY + "\n\n* What next\n#+BEGIN_QUOTE\n\"We will reopen it,\" "
                + "the mayor said.\n#+END_QUOTE\n", "post.org");
        assertThat(a.getTitle()).isEqualTo("Old bridge closes to cars");
        assertThat(a.getAuthors()).containsExactly("Ana Ruiz");
        assertThat(a.getSection()).isEqualTo("Roads");
        assertThat(a.getPublishedAt()).hasToString("2026-12-05T09:15:00Z");
        assertThat(allText(a)).contains("the mayor said.").doesNotContain("#+", ":bridges:", "* What");
    }
}
