package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the hundred-and-sixteenth held-out round (x733-x738), on other names: an editor's note calling the
 * piece the writer's "opinions", a trail whose chevron has no spaces ("News›Transport"), a comment box's prompt whose
 * links were lost in the copy, and a kicker naming a section and a town ("Chronik | Wien").
 */
class OpinionNotesAndTightChevronsShapesTest {

    @Test
    void shouldReadAnOpinionWhenTheEditorsNoteCallsItTheWritersOpinions() {
        Article a = parse("Editor's note: Tomás Ferreira teaches economics at the University of Minho. The opinions expressed"
                + " here are his own and do not necessarily reflect those of Atlantic Policy Monitor.\n\n" + BODY);
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(a.getSource()).isEqualTo("Atlantic Policy Monitor");
    }

    @Test
    void shouldReadTheSectionWhenTheTrailsChevronHasNoSpaces() {
        Article a = parse("News›Education\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Education");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(allText(a)).doesNotContain("News›");
    }

    @Test
    void shouldDropACommentBoxsPromptWhenItsLinksWereLost() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nWant to join the conversation? Please or to comment on this article.");
        assertThat(allText(a)).doesNotContain("join the conversation");
    }

    @Test
    void shouldKeepTheMastheadWhenAKickerNamesASectionAndATown() {
        Article a = parse("Salzburger Nachrichten\nPolitik\nWirtschaft\nKultur\nSport\nLogin\n\nStadtleben | Linz\n\n" + HEADLINE
                + "\n\nVon Eva Moser | 10.15 Uhr, 02. Dezember 2026\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Salzburger Nachrichten");
        assertThat(a.getSection()).isEqualTo("Stadtleben");
    }
}
