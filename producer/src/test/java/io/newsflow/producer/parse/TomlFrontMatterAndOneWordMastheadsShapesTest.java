package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.ButtonsBetweenMastheadAndTrailShapesTest.parseOne;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the seventy-first held-out round (x463-x468), each on other names: Hugo's TOML front matter, a one-word
 * site name over one listed section or over its news root alone, a writer's and a photographer's label alone on their
 * lines, and a button to follow the writer.
 */
class TomlFrontMatterAndOneWordMastheadsShapesTest {

    @Test
    void shouldReadTheFieldsWhenTomlFrontMatterOpensTheText() {
        Article a = parseOne("+++\ntitle = \"" + HEADLINE + "\"\ndate = 2025-03-03T09:00:00Z\nauthor = \"Maeve Quinlan\"\n"
                + "categories = [\"Energy\", \"Climate\"]\n+++\n\n" + BODY, "post.md");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).containsExactly("Maeve Quinlan");
        assertThat(a.getSection()).isEqualTo("Energy");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-03T09:00:00Z"));
        assertThat(allText(a)).doesNotContain("+++").doesNotContain("categories =");
    }

    @Test
    void shouldReadTheMastheadWhenOneWordStandsOverOneListedSection() {
        Article a = parse("Delo\nKultura\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Delo");
        assertThat(a.getSection()).isEqualTo("Kultura");
        Article crumbs = parse("Startseite\nRegion\nLokales\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(crumbs.getSource()).isNull();
    }

    @Test
    void shouldReadTheMastheadAndTheNewsWhenOneWordStandsOverItsNewsRootAlone() {
        Article a = parse("Expressen\nNyheter\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Expressen");
        assertThat(a.getSection()).isEqualTo("Nyheter");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadTheWriterAndDropTheCreditWhenTheirLabelsStandAlone() {
        Article a = parse(HEADLINE + "\n\nTexto\nJoana Marques\nFotografia\nRui Gaudêncio/Público\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Joana Marques");
        assertThat(a.getSource()).isNotEqualTo("Público");
        assertThat(allText(a)).doesNotContain("Fotografia").doesNotContain("Gaudêncio");
    }

    @Test
    void shouldDropTheButtonWhenItFollowsTheByline() {
        Article a = parse(HEADLINE + "\n\nBy Lerato Dube\n02 Dec 2025\nFollow\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Lerato Dube");
        assertThat(allText(a)).doesNotContain("Follow");
    }
}
