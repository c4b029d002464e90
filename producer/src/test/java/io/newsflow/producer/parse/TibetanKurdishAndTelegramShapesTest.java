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
 * Shapes met in the ninety-third held-out round (x595-x600), each on other names and days: a Tibetan page (no spaces
 * between words, a shad after the byline's label, year, "month" and "day" before their numbers), Sorani and Kurmanji
 * Kurdish, Malagasy and Tatar bylines, months and news roots, and a channel's history as Telegram Desktop exports it.
 */
class TibetanKurdishAndTelegramShapesTest {

    private static List<ParseOutcome> json(String text) {
        return new ArticleParser().parse(new InputDocument(text.getBytes(StandardCharsets.UTF_8), "result.json", null,
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void shouldReadEachPostWhenAChannelsHistoryIsExported() {
        String export = "{\"name\": \"Quay Gazette\", \"type\": \"public_channel\", \"messages\": ["
                + "{\"type\": \"service\", \"action\": \"pin_message\", \"date\": \"2025-03-04T09:00:00\"},"
                + "{\"type\": \"message\", \"date\": \"2025-03-05T08:30:00\", \"author\": \"Ana Lima\", \"text\": ["
                + "{\"type\": \"bold\", \"text\": \"" + HEADLINE + "\"}, \"\\n\\n" + BODY.replace("\n", "\\n") + "\\n\\n\", "
                + "{\"type\": \"hashtag\", \"text\": \"#harbour\"}]},"
                + "{\"type\": \"message\", \"date\": \"2025-03-06T08:30:00\", \"text\": \"" + BODY.replace("\n", "\\n") + "\"}]}";
        List<ParseOutcome> out = json(export);
        assertThat(out).hasSize(2);
        Article first = ((ParseOutcome.Parsed) out.get(0)).article();
        assertThat(first.getTitle()).isEqualTo(HEADLINE);
        assertThat(first.getAuthors()).containsExactly("Ana Lima");
        assertThat(first.getSource()).isEqualTo("Quay Gazette");
        assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T08:30:00Z"));
        assertThat(first.getBody().toString()).doesNotContain("#harbour");
    }

    @Test
    void shouldReadTheSiteHeadlineWriterAndDateWhenATibetanPageWritesThem() {
        Article a = parse("ཕཱ་ཡུལ་\nགསར་འགྱུར།\nབོད་ནང་།\n\nཤིང་ཆ་ཉོ་ཚོང་ལ་བཀག་སྡོམ་གསར་པ་ཞིག་བཟོས་པ།\n\n"
                + "རྩོམ་པ་པོ། བཀྲ་ཤིས་ཚེ་རིང\n༢༠༢༥ ཟླ་ ༣ ཚེས་ ༥\n\n" + BODY + "\n\nམཉམ་སྤྱོད།");
        assertThat(a.getTitle()).isEqualTo("ཤིང་ཆ་ཉོ་ཚོང་ལ་བཀག་སྡོམ་གསར་པ་ཞིག་བཟོས་པ།");
        assertThat(a.getAuthors()).containsExactly("བཀྲ་ཤིས་ཚེ་རིང");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getBody().toString()).doesNotContain("མཉམ་སྤྱོད", "རྩོམ་པ་པོ");
    }

    @Test
    void shouldReadTheWriterAndDateWhenKurdishOrMalagasyWriteThem() {
        Article sorani = parse(HEADLINE + "\n\nنووسەر: شیلان ئەحمەد\n5ی ئازاری 2025\n\n" + BODY);
        assertThat(sorani.getAuthors()).containsExactly("شیلان ئەحمەد");
        assertThat(sorani.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
        Article kurmanji = parse(HEADLINE + "\n\nNivîskar: Berfîn Demir\n5 Adar 2025, 09:30\n\n" + BODY);
        assertThat(kurmanji.getAuthors()).containsExactly("Berfîn Demir");
        assertThat(kurmanji.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
        Article malagasy = parse(HEADLINE + "\n\nNosoratan'i Hery Rabe\nAlarobia 5 Martsa 2025\n\n" + BODY);
        assertThat(malagasy.getAuthors()).containsExactly("Hery Rabe");
        assertThat(malagasy.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }

    @Test
    void shouldReadTheNewsRootWhenATatarOrKurmanjiSiteHeadsThePage() {
        Article tatar = parse("Татар-информ\nЯңалыклар\nИкътисад\n\nКазанда яңа завод төзеләчәк дип хәбәр иттеләр\n\n" + BODY
                + "\n\nБүлешү");
        assertThat(tatar.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(tatar.getSection()).isEqualTo("Икътисад");
        assertThat(tatar.getBody().toString()).doesNotContain("Бүлешү");
        assertThat(parse("Rûdaw\nNûçe\nAbûrî\n\nLi Hewlêrê bazareke nû ya mezin hat vekirin\n\n" + BODY + "\n\nParve bike")
                .getArticleType()).isEqualTo(ArticleType.NEWS);
    }
}
