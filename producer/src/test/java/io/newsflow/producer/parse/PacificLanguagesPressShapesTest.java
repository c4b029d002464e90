package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-sixteenth held-out round (x2529-x2534), the Pacific's press in its languages: Tok
 * Pisin, Fijian, Samoan, Tongan, Hawaiian and Gilbertese months, weekdays and "written by" labels, their news roots, a
 * Fijian menu item opening with its article ("iTukutuku") repeated under the menu, and a menu of three items under the
 * site's name.
 */
class PacificLanguagesPressShapesTest {
    private static final Instant DAY = Instant.parse("2026-12-07T00:00:00Z");
    private static final String STORY = "Ua tatala aloaia le falemai fou i Apia i le Aso Gafua.\n\nUa fiafia tagata uma i lenei galuega.\n\n";

    @Test
    void shouldReadThePacificsMonths() {
        assertThat(parse("Ua tatala le falemai fou\n7 Tesema 2026\n\n" + STORY).getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("Tabaki na vale vou\nTiseba 7, 2026\n\n" + STORY).getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("Kuo fakaava ha falemahaki fo'ou\n12 Ma'asi 2026\n\n" + STORY).getPublishedAt())
                .isEqualTo(Instant.parse("2026-03-12T00:00:00Z"));
        assertThat(parse("Wehe ʻia he kula hou\nKēkēmapa 7, 2026\n\n" + STORY).getPublishedAt()).isEqualTo(DAY);
        assertThat(parse("E a tia n uki te auti ae boou\nTititema 7, 2026\n\n" + STORY).getPublishedAt()).isEqualTo(DAY);
    }

    @Test
    void shouldReadThePacificsBylineLabelsAndNoWeekdayAsASecondWriter() {
        assertThat(parse("Gavman i opim nupela haus sik\nStori bilong Peter Kuman\n7 Disemba 2026\n\n" + STORY).getAuthors())
                .containsExactly("Peter Kuman");
        assertThat(parse("Ua tatala le falemai fou\nTusia e Lagi Tuimavave\nAso Gafua, 7 Tesema 2026\n\n" + STORY).getAuthors())
                .containsExactly("Lagi Tuimavave");
        Article tongan = parse("Kuo fakaava ha falemahaki fo'ou\nFa'u 'e Mele Tupou\nMonite, 7 Tisema 2026\n\n" + STORY);
        assertThat(tongan.getAuthors()).containsExactly("Mele Tupou");
        assertThat(allText(tongan)).doesNotContain("Fa'u");
        assertThat(parse("Tabaki na vale vou\nVola o Jone Ratu\nMoniti, Tiseba 7, 2026\n\n" + STORY).getAuthors())
                .containsExactly("Jone Ratu");
    }

    @Test
    void shouldReadAFijianMenuItemOpeningWithItsArticleRepeatedUnderTheMenu() {
        Article a = parse("Nai Lalakai\niTukutuku  Qito  Bisinisi  Vakasama\niTukutuku\nTabaki na vale ni veivakabulai vou e Lautoka\n"
                + "Tiseba 7, 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Nai Lalakai");
        assertThat(a.getSection()).isEqualTo("iTukutuku");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadAThreeItemMenuUnderTheSitesNameAndItsItemRepeated() {
        Article a = parse("Te Uekera\nRongorongo  Bitineti  Takaakaro\nBitineti\nE a tia n uki te auti ae boou i Bairiki\n"
                + "Tititema 7, 2026\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Te Uekera");
        assertThat(a.getSection()).isEqualTo("Bitineti");
        assertThat(a.getTitle()).isEqualTo("E a tia n uki te auti ae boou i Bairiki");
    }
}
