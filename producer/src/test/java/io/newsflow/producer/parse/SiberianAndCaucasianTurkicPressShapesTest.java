package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-twenty-first held-out round (x2559-x2564), Turkic languages of Siberia and the
 * North Caucasus in Cyrillic (Tuvan, Khakas, Altai, Karachay-Balkar, Kumyk, Nogai) on pages of the sample corpus's
 * shapes: a widget's line over the site's name, an inline byline naming its paper in quotation marks, the paper
 * signing in quotation marks at the end. Five byline labels and five news roots too.
 */
class SiberianAndCaucasianTurkicPressShapesTest {
    private static final String STORY = "Кызыл хоорайга чаа школа дүүн ажыттынган.\n\nШколада 900 ажы-төл өөренир.\n\n";

    @Test
    void shouldReadTheirBylineLabels() {
        for (String byline : new String[] {"Бижээн: Айлана Монгуш", "Бичиген: Айлана Монгуш", "Жазгъан: Айлана Монгуш",
            "Язгъан: Айлана Монгуш", "Язган: Айлана Монгуш"}) {
            Article a = parse("Кызылга чаа школа ажыттынган\n" + byline + "\n07.12.2026\n\n" + STORY);
            assertThat(a.getAuthors()).as(byline).containsExactly("Айлана Монгуш");
            assertThat(allText(a)).as(byline).doesNotContain(byline.substring(0, 4));
        }
    }

    @Test
    void shouldReadTheirNewsRootsAndTuvansHomeOverTheSection() {
        for (String trail : new String[] {"Кол арын / Медээлер / Спорт", "Солундар > Спорт", "Хапарла > Спорт", "Хабарлар › Спорт"}) {
            Article a = parse("Газет\n\n" + trail + "\n\nКызылга чаа школа ажыттынган\n\n" + STORY);
            assertThat(a.getSection()).as(trail).isEqualTo("Спорт");
            assertThat(a.getArticleType()).as(trail).isEqualTo(ArticleType.NEWS);
        }
    }

    @Test
    void shouldReadTheSiteNameUnderAWidgetsLine() {
        for (String widget : new String[] {" date 2026-12-07 + ↺ − 16 px", "Share | Tweet | Print | A A A"}) {
            Article a = parse(widget + "\nHarbour Times\nHome / News / Ports\nDockers strike at the main container terminal\n"
                    + "By Anna Berg\n\nDockers walked out on Monday morning.\n\nShips queued outside the port.\n");
            assertThat(a.getSource()).as(widget).isEqualTo("Harbour Times");
            assertThat(a.getTitle()).as(widget).isEqualTo("Dockers strike at the main container terminal");
        }
    }

    @Test
    void shouldReadAnInlineBylinesPaperWithoutItsQuotationMarks() {
        Article khakas = parse("Абаканда чаа школа асхан\n\nИрина ТОПОЕВА, «Хакас чирі»: Школаны ачыхтарынаң пастап 300 кізі килген.\n\n"
                + "Кізілер саңай ӧрінгеннер.\n");
        assertThat(khakas.getAuthors()).containsExactly("Ирина Топоева");
        assertThat(khakas.getSource()).isEqualTo("Хакас чирі");
        Article english = parse("Dockers strike at the main container terminal\n\nAnna BERG, “Harbour Times”: Dockers walked out on "
                + "Monday morning.\n\nShips queued outside the port.\n");
        assertThat(english.getSource()).isEqualTo("Harbour Times");
    }

    @Test
    void shouldDropThePapersQuotedSignatureAndAltaisShareButton() {
        for (String closing : new String[] {"«Ёлдаш» газет", "Газета «Ёлдаш»", "Бичикти ӱлеш"}) {
            Article a = parse("Ёлдаш\nХабарлар  Политика  Маданият  Спорт\n\nМагьачкъалада янгы школа ачылды\n07.12.2026\n\n"
                    + "Магьачкъалада гюнайлен янгы школа ачылды.\n\nШколада 900 охувчу бар.\n\nАдамлар бу ишге бек сююндю.\n\n" + closing + "\n");
            assertThat(allText(a)).as(closing).doesNotContain(closing);
            assertThat(a.getSource()).as(closing).isEqualTo("Ёлдаш");
        }
    }
}
