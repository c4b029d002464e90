package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;

/**
 * Shapes met in the hundred-and-thirty-fourth held-out round (x841-x846), on other pages: a menu naming a language in its
 * own script ("العربية"), the outlet signing as the byline, a writer's name in capitals closing the story (as Vietnamese
 * papers sign), an editor's initials and the newsroom after a dash, a handle after the byline, tags under a label that
 * shares its line with the first tag, and "Listen In English" buttons.
 */
class CaselessMenusAndClosingSignaturesShapesTest {

    @Test
    void shouldReadTheMastheadWhenTheMenuNamesALanguageInItsOwnScript() {
        Article a = parse("Hespress FR\nPolitique\nÉconomie\nSociété\nMonde\nSport\nالعربية\nEnglish\n\nÉconomie\n\n" + HEADLINE
                + "\n\nHespress FR\nVendredi 5 décembre 2026 - 10:12\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Hespress FR");
        assertThat(a.getAuthors()).isEmpty();
    }

    @Test
    void shouldReadTheWriterWhenTheStoryClosesWithTheNameInCapitals() {
        Article a = parse(HEADLINE + "\n\n05/12/2026 10:12 GMT+7\n\n" + BODY + "\n\nThe works start in March.\n\nNGỌC HIỂN\n\n"
                + "Đọc tiếp\nHà Nội thông xe cầu Tứ Liên");
        assertThat(a.getAuthors()).containsExactly("Ngọc Hiển");
        assertThat(allText(a)).doesNotContain("NGỌC", "Đọc tiếp", "Hà Nội");
    }

    @Test
    void shouldDropTheOtherTagsWhenTheFirstSharesTheLabelsLine() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nFollow @arabnews\nTopics: Riyadh Metro\nSaudi Arabia");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("Riyadh Metro", "Saudi Arabia");
    }

    @Test
    void shouldReadTheWriterAndDropTheSignOffWhenAHandleFollowsTheBylineAndInitialsCloseTheStory() {
        Article a = parse(HEADLINE + "\n\nBy Mahlet Fasil @MahletFasil\nDecember 5, 2026\nListen In English\n\n" + BODY
                + "\n\n—VBL, GMA Integrated News");
        assertThat(a.getAuthors()).containsExactly("Mahlet Fasil");
        assertThat(allText(a)).doesNotContain("@MahletFasil", "Listen In", "VBL");
    }
}
