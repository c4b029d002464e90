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
 * Shapes met in the eighty-second held-out round (x529-x534), each on other names: Serbian Cyrillic, Irish, Maltese and
 * Georgian bylines and dates (Georgian's everyday letters are lower case to Unicode, yet no capital marks its names),
 * Trafilatura's export (its "source" an address, its categories one string) and news-please's (its site only in the
 * window title).
 */
class ScraperExportsCyrillicAndGeorgianShapesTest {

    private static Article json(String json) {
        List<ParseOutcome> out = new ArticleParser().parse(new InputDocument(json.getBytes(StandardCharsets.UTF_8), "export.json",
                null, Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(out).hasSize(1).first().isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) out.get(0)).article();
    }

    @Test
    void shouldReadTheWriterAndDateWhenTheBylineIsSerbianCyrillic() {
        Article a = parse(HEADLINE + "\n\nАутор: Јована Петровић\n05. март 2025. 09:30\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Јована Петровић");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
    }

    @Test
    void shouldReadTheWriterWhenAnIrishBylineNamesAnIrishSurname() {
        Article a = parse(HEADLINE + "\n\nLe Seán Ó Briain\n5 Meán Fómhair 2025\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Seán Ó Briain");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-09-05T00:00:00Z"));
        assertThat(parse("Le Journal de Lyon\n\n" + HEADLINE + "\n\n" + BODY).getAuthors()).isEmpty(); // French "Le"
    }

    @Test
    void shouldReadTheWriterAndDateWhenTheBylineIsMaltese() {
        Article a = parse(HEADLINE + "\n\nMinn Joseph Camilleri\n5 ta' Marzu 2025\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Joseph Camilleri");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }

    @Test
    void shouldReadTheHeadlineWriterAndDateWhenThePageIsGeorgian() {
        Article a = parse("ფორტუნა\nსპორტი\n\nთბილისის დინამომ ჩემპიონატი ორი ტურით ადრე მოიგო\n\nავტორი: გიორგი კაპანაძე\n"
                + "5 მარტი 2025\n\nთბილისის დინამომ გუშინ ქუთაისში მოიგო და ჩემპიონობა ორი ტურით ადრე უზრუნველყო.\n\n"
                + "გუნდის მწვრთნელმა თქვა, რომ მოთამაშეებმა შესანიშნავი სეზონი ჩაატარეს.");
        assertThat(a.getTitle()).isEqualTo("თბილისის დინამომ ჩემპიონატი ორი ტურით ადრე მოიგო");
        assertThat(a.getAuthors()).containsExactly("გიორგი კაპანაძე"); // not recased into capitals no one writes
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
    }

    @Test
    void shouldReadTheSiteAndSectionWhenTrafilaturaExportedThePage() {
        Article a = json("{\"title\": \"" + HEADLINE + "\", \"author\": \"Ana Lima\", \"date\": \"2025-03-05\", \"text\": \"The council "
                + "voted on Tuesday.\\nWork starts in May.\", \"source\": \"https://harbour.example/news/berth\", \"source-hostname\": "
                + "\"Harbour Gazette\", \"categories\": \"News;Ports\"}");
        assertThat(a.getSource()).isEqualTo("Harbour Gazette");
        assertThat(a.getUrl()).isEqualTo("https://harbour.example/news/berth");
        assertThat(a.getSection()).isEqualTo("Ports");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadTheBodyDateAndSiteWhenNewsPleaseExportedThePage() {
        Article a = json("{\"title\": \"" + HEADLINE + "\", \"title_page\": \"" + HEADLINE + " | Harbour Gazette\", \"authors\": "
                + "[\"Ana Lima\"], \"date_publish\": \"2025-03-05 09:30:00\", \"maintext\": \"The council voted on Tuesday.\\n\\n"
                + "Work starts in May.\", \"source_domain\": \"www.harbour.example\"}");
        assertThat(a.getSource()).isEqualTo("Harbour Gazette");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2025-03-05T09:30:00Z"));
        assertThat(TextShapesTest.allText(a)).contains("Work starts in May.");
    }
}
