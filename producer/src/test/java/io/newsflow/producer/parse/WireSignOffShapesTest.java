package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Sign-offs met in the twentieth and twenty-second blind rounds (2026-11-30): a wire dateline that
 * writes the year, a wire's sign-off of its editors' initials and its end mark, an editor's note
 * that names the outlet through the writer's column, an outlet signing a one-paragraph story at its
 * end, a "produced by" notice, a contact line and an interview's editing note.
 */
class WireSignOffShapesTest {
    private static final String HEADLINE = "Portos portugueses movimentaram mais carga até outubro";
    private static final String BODY = "Os portos comerciais movimentaram 72,4 milhões de toneladas de carga até outubro.\n\n"
            + "O porto de Sines manteve a liderança, seguido de Leixões e Lisboa.";

    @Test
    void shouldTakeTheAgencyWhenTheDatelineWritesTheYear() {
        Article a = parse(HEADLINE + "\n\nLisboa, 05 dez 2024 (Lusa) - " + BODY);
        assertThat(a.getSource()).isEqualTo("Lusa");
        Article efe = parse(HEADLINE + "\n\nMadrid, 7 oct. 2024 (EFE).- " + BODY);
        assertThat(efe.getSource()).isEqualTo("EFE");
    }

    @Test
    void shouldDropTheSignOffWhenAWireClosesWithItsEditorsInitialsAndEndMark() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nJPF // MSF\n\nLusa/Fim");
        assertThat(a.getSource()).isEqualTo("Lusa");
        assertThat(allText(a)).doesNotContain("JPF", "MSF", "Fim").endsWith("Leixões e Lisboa.");
        assertThat(parse(HEADLINE + "\n\n" + BODY + "\n\nAB // CD // EFG").getBody().get(0).getText())
                .doesNotContain("AB //");
    }

    @Test
    void shouldTakeTheOutletWhenTheEditorsNoteNamesTheWritersColumn() {
        Article a = parse("Editor's note: Priya Raman writes the monthly Tideline column for Coastline Review. "
                + "This is an opinion piece.\n\nScotland's ports are being asked to do two things at once, and they cannot.");
        assertThat(a.getSource()).isEqualTo("Coastline Review");
        assertThat(a.getAuthors()).containsExactly("Priya Raman");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        Article contributor = parse("Editor's note: Jan Smit is a regular contributor to Harbour Weekly.\n\n"
                + "Rotterdam cannot wait for Brussels to decide on shore power, and it should not.");
        assertThat(contributor.getSource()).isEqualTo("Harbour Weekly");
    }

    @Test
    void shouldTakeTheOutletWhenItSignsAOneParagraphStoryAtItsEnd() {
        Article a = parse("Poland and Lithuania open new rail freight link to the Baltic ports\n"
                + "For the first time, freight trains run from Łódź to Klaipėda without changing bogies. Critics say "
                + "the rest is years behind. — The Baltic Courier");
        assertThat(a.getSource()).isEqualTo("The Baltic Courier");
        assertThat(allText(a)).doesNotContain("Courier").endsWith("years behind.");
        Article dotted = parse("Türkiye opens new container terminal at Çandarlı\nThe port received its first ship on Monday, "
                + "more than a decade after construction began. — Portline.Info");
        assertThat(dotted.getSource()).isEqualTo("Portline.Info");
        Article quote = parse(HEADLINE + "\n\n" + BODY + " \"We will see,\" he said — and left.");
        assertThat(quote.getSource()).isNull();
    }

    @Test
    void shouldDropTheNotesWhenAStoryEndsWithANoticeAContactOrAnEditingNote() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nThis story was produced by Coastal Watch Australia and is "
                + "republished with permission.\n\nContact the authors at business@fjordpost.no");
        assertThat(a.getSource()).isEqualTo("Coastal Watch Australia");
        assertThat(allText(a)).doesNotContain("produced by", "Contact the authors");
        Article interview = parse(HEADLINE + "\n\n" + BODY + "\n\nThis interview has been edited for length and clarity.");
        assertThat(allText(interview)).doesNotContain("edited for length");
    }

    @Test
    void shouldTakeTheAgencyAndDropTheLineWhenADatelineStandsAlone() {
        Article a = parse(HEADLINE + "\n\nMADRID, 14 (EUROPA PRESS)\n\n" + BODY);
        assertThat(a.getSource()).isEqualTo("Europa Press");
        assertThat(a.getPublishedAt()).isNull(); // a day without its month and year is no date
        assertThat(allText(a)).doesNotContain("EUROPA PRESS");
    }

    @Test
    void shouldTakeTheOutletWhenAClosingEditorsNoteSaysWhereTheStoryFirstAppeared() {
        Article a = parse("Chile's lithium pact leaves small towns waiting\n\nBy Valentina Rojas\n\n"
                + "The agreement between Codelco and SQM was sold in Santiago as a national victory.\n\n"
                + "Editor's note: Valentina Rojas is a freelance journalist based in Antofagasta. This article first appeared "
                + "in Andes Resource Journal.");
        assertThat(a.getSource()).isEqualTo("Andes Resource Journal");
        assertThat(a.getAuthors()).containsExactly("Valentina Rojas");
    }
}
