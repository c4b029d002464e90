package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the twenty-ninth held-out round: a writer signing off under the story with a role
 * or a profile link, an author box closing the page, a regional masthead over the site's news root
 * and its section, a section named with an adjective, and a Québec stamp ("5 h 00 HNE").
 */
class WriterSignOffShapesTest {
    private static final String HEADLINE = "Harbour authority approves new ferry terminal for the island route";
    private static final String BODY = "The harbour authority approved a new ferry terminal on Tuesday after two years of consultation.\n\n"
            + "Work will begin in March and the terminal should open before the summer season of 2027.";

    @Test
    void shouldTakeTheAuthorWhenTheWriterSignsOffWithARole() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nKarin Holmberg\nReporter\n");
        assertThat(a.getAuthors()).containsExactly("Karin Holmberg");
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).doesNotContain("Karin Holmberg").doesNotContain("Reporter");
    }

    @Test
    void shouldTakeTheAuthorWhenTheNameCarriesAProfileLink() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nÉlise Gagnon (Consulter le profil)\nÉlise Gagnon\n");
        assertThat(a.getAuthors()).containsExactly("Élise Gagnon");
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).doesNotContain("profil").doesNotContain("Élise");
    }

    @Test
    void shouldDropTheAuthorBoxAndTakeItsOutletWhenThePageClosesWithOne() {
        Article a = parse(HEADLINE + "\n\nBy Chinedu Okafor\n\n" + BODY + "\n\nChinedu Okafor\n"
                + "Chinedu, a reporter with ten years on the maritime beat, covers transport and trade for The Harbour Gazette.\n");
        assertThat(a.getAuthors()).containsExactly("Chinedu Okafor");
        assertThat(a.getSource()).isEqualTo("The Harbour Gazette");
        assertThat(allText(a)).doesNotContain("maritime beat");
    }

    @Test
    void shouldKeepAClosingParagraphAboutSomeoneElseWhenItIsNews() {
        Article a = parse(HEADLINE + "\n\nBy Chinedu Okafor\n\n" + BODY + "\n\nAmaka Eze\n"
                + "Amaka Eze, a ferry pilot, said the new berth would make winter crossings safer.\n");
        assertThat(allText(a)).contains("ferry pilot");
    }

    @Test
    void shouldTakeTheSectionUnderTheNewsRootWhenARegionalMastheadOpensThePage() {
        Article a = parse("Bristol Evening Post\nNews\nBristol News\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Bristol Evening Post");
        assertThat(a.getSection()).isEqualTo("Bristol News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadTheSectionAndTheQuebecStampWhenWrittenInFrench() {
        Article a = parse("Politique municipale\n\n" + HEADLINE + "\n\nPublié le 4 mars 2025 à 18 h 45 HNE\n\n" + BODY);
        assertThat(a.getSection()).isEqualTo("Politique municipale");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-04T23:45:00Z"));
    }
}
