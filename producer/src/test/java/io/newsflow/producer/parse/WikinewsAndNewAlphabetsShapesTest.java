package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.PageFurnitureShapesTest.BODY;
import static io.newsflow.producer.parse.PageFurnitureShapesTest.HEADLINE;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Shapes met in the ninety-second held-out round (x589-x594), each on other names and days: a news API's list one
 * object deep (Event Registry), a Wikimedia project's page (its tagline, its closing lists of sources and links), Lao,
 * Yiddish, Esperanto and Greenlandic bylines, months and news roots, and a headline of few long words.
 */
class WikinewsAndNewAlphabetsShapesTest {

    private static List<ParseOutcome> json(String text) {
        return new ArticleParser().parse(new InputDocument(text.getBytes(StandardCharsets.UTF_8), "answer.json", null,
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void shouldReadEachArticleWhenTheApiListsThemOneObjectDeeper() {
        String item = "{\"title\": \"TITLE\", \"body\": \"The council voted on Tuesday to build a second berth at the quay.\", "
                + "\"dateTime\": \"2025-03-05T08:00:00Z\", \"source\": {\"uri\": \"quay.example\", \"title\": \"Quay Gazette\"}, "
                + "\"authors\": [{\"uri\": \"x@quay.example\", \"name\": \"Ana Lima\"}]}";
        List<ParseOutcome> out = json("{\"articles\": {\"results\": [" + item.replace("TITLE", HEADLINE) + ", "
                + item.replace("TITLE", "Second berth to open in spring") + "], \"totalResults\": 2, \"page\": 1}}");
        assertThat(out).hasSize(2);
        Article first = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(first.getSource()).isEqualTo("Quay Gazette");
        assertThat(first.getAuthors()).containsExactly("Ana Lima");
    }

    @Test
    void shouldDropTheTaglineAndTheClosingListsWhenAWikimediaPageIsRead() {
        Article a = parse("Wikinews\nFrom Wikinews, the free news source you can write!\n\n" + HEADLINE + "\n\nWednesday, March 5, 2025\n\n"
                + BODY + "\n\nSources\n\"Council approves berth\" — Quay Gazette, March 4, 2025\n\nExternal links\nPort of Quay");
        assertThat(a.getSource()).isEqualTo("Wikinews");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getBody().toString()).doesNotContain("free news source", "Council approves berth", "Port of Quay");
    }

    @Test
    void shouldReadTheWriterAndDateWhenLaoYiddishEsperantoOrGreenlandicWriteThem() {
        Article lao = parse(HEADLINE + "\n\nໂດຍ: ບຸນມີ ສີສະຫວັດ\nວັນທີ 5 ມີນາ 2025\n\n" + BODY);
        assertThat(lao.getAuthors()).containsExactly("ບຸນມີ ສີສະຫວັດ");
        assertThat(lao.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article yiddish = parse(HEADLINE + "\n\nפֿון משה גאָלדבערג\nמיטוואָך, 5טן מערץ 2025\n\n" + BODY);
        assertThat(yiddish.getAuthors()).containsExactly("משה גאָלדבערג");
        assertThat(yiddish.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        assertThat(parse(HEADLINE + "\n\nde Petro Kovač\nla 5-an de marto 2025\n\n" + BODY).getPublishedAt())
                .isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article greenlandic = parse(HEADLINE + "\n\nAllattoq: Naja Kleist\n5. marsi 2025 kl. 09:30\n\n" + BODY);
        assertThat(greenlandic.getAuthors()).containsExactly("Naja Kleist");
        assertThat(greenlandic.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
    }

    @Test
    void shouldReadTheSiteAndSectionWhenTheHeadlineHasFewLongWords() {
        Article a = parse("Sermitsiaq\nNutaarsiassat\nAalisarneq\n\nAalisartut qaleralinniarnermi pissarsiorluarsimapput\n\n"
                + "Allattoq: Naja Kleist\n5. marsi 2025\n\n" + BODY + "\n\nAvitseqatigiit");
        assertThat(a.getSource()).isEqualTo("Sermitsiaq");
        assertThat(a.getSection()).isEqualTo("Aalisarneq");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getBody().toString()).doesNotContain("Avitseqatigiit");
    }
}
