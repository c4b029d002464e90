package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;

/**
 * Labels, bylines and page notes met in the twenty-first and twenty-third blind rounds (2026-11-30):
 * a section's label on the headline's line, a site's news root over its section, a trail of three
 * places, a note on syndicated copy, an Italian share button, a byline in capitals glued to its
 * outlet, a press wire's dated dateline, a menu run together, a readers' comment thread.
 */
class SectionLabelShapesTest {
    private static final String HEADLINE = "Port of Tacoma approves $85 million for electric cranes at Husky Terminal";
    private static final String BODY = "Port commissioners voted 4-1 on Tuesday to replace diesel cranes with electric ones.\n\n"
            + "The money will come partly from a federal grant, the port said.";

    @Test
    void shouldSplitTheSectionFromTheHeadlineWhenALabelOpensItsLine() {
        Article a = parse("Local News | " + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Local News");
        Article suffix = parse(HEADLINE + " | The Sound Daily\n\n" + BODY);
        assertThat(suffix.getTitle()).isEqualTo(HEADLINE);
        assertThat(suffix.getSource()).isEqualTo("The Sound Daily");
    }

    @Test
    void shouldTakeTheSectionUnderTheRootWhenASiteStacksItsNewsRootOverIt() {
        Article a = parse("Nyheter\nEkonomi\n\nGöteborgs hamn får nytt rekord för containrar\n\n"
                + "Göteborgs hamn hanterade fler containrar än någonsin under november.\n\nDet var trafiken till Asien som ökade.");
        assertThat(a.getSection()).isEqualTo("Ekonomi");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldReadNoOutletWhenATrailOfThreePlacesStandsOverTheHeadline() {
        Article a = parse("Bretagne | Finistère | Brest\n\nBrest : le port accueillera une usine de flotteurs dès 2026\n\n"
                + "La Région a retenu le groupement pour construire une usine sur le polder.\n\nLe site doit employer 400 personnes.");
        assertThat(a.getSection()).isEqualTo("Bretagne");
        assertThat(a.getSource()).isNull();
        assertThat(parse("Analysis | TechLedger\n\n" + HEADLINE + "\n\n" + BODY).getSource()).isEqualTo("TechLedger");
    }

    @Test
    void shouldDropTheNoteWhenASiteSaysTheStoryCameFromASyndicatedFeed() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\n(Only the headline and picture of this report may have been "
                + "reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)");
        assertThat(allText(a)).doesNotContain("syndicated", "Business Standard");
        assertThat(parse(HEADLINE + "\n\nSuggerisci\nFacebook\n\n" + BODY).getLead()).startsWith("Port commissioners");
    }

    @Test
    void shouldSplitTheNameFromTheOutletWhenACapitalsBylineRunsIntoIt() {
        Article a = parse(HEADLINE + "\n\nBy MARK PRATT Associated Press\nDecember 12, 2024, 4:05 PM\n\n" + BODY
                + "\n\n___\n\nAssociated Press writer Michael Casey in Concord, New Hampshire, contributed to this report.");
        assertThat(a.getAuthors()).containsExactly("Mark Pratt");
        assertThat(a.getSource()).isEqualTo("Associated Press");
        assertThat(allText(a)).doesNotContain("contributed", "Michael Casey");
    }

    @Test
    void shouldDateAPressReleaseWhenItsWireDatelineWritesTheDate() {
        Article a = parse("NEWS RELEASE\n\n" + HEADLINE + "\n\nANTWERP, Belgium, Dec. 12, 2024 /PRNewswire/ -- " + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(java.time.Instant.parse("2024-12-12T00:00:00Z"));
        assertThat(a.getSource()).isEqualTo("PR Newswire");
    }

    @Test
    void shouldDropTheMenuAndTheCommentsWhenAPageRunsThemTogether() {
        Article a = parse("The Harbour Gazette\nHome News Sport Opinion Events Contact\n\n" + HEADLINE + "\n\n" + BODY
                + "\n\n12 comments\nLog in to comment\nSailor_Mac · 2 hours ago\nAbout time, the old pier is falling apart.\n"
                + "IslandLass · 1 hour ago\nWhat about the traffic though?");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("The Harbour Gazette");
        assertThat(allText(a)).doesNotContain("Sport Opinion", "Log in", "Sailor_Mac", "About time", "traffic though")
                .endsWith("the port said.");
    }

    @Test
    void shouldTakeTheFirstCategoryAsTheSectionWhenABlogListsItsCategories() {
        Article a = parse("Posted on December 15, 2024 by Grace Odhiambo\nCategories: Energy, East Africa\n\n"
                + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Energy");
        assertThat(a.getAuthors()).containsExactly("Grace Odhiambo");
        assertThat(allText(a)).doesNotContain("Categories");
    }

    @Test
    void shouldTakeTheMastheadWhenASiteNameStandsOverItsMenu() {
        Article a = parse("Cornwall Live\nNews | Sport | What's On | Property\n\nPlans for £40m Falmouth docks expansion approved\n\n"
                + "Cornwall Council's strategic planning committee backed the scheme by eight votes to three\n\n"
                + "Local Democracy Reporting Service\n18:30, 18 DEC 2024\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo("Plans for £40m Falmouth docks expansion approved");
        assertThat(a.getSource()).isEqualTo("Cornwall Live");
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).doesNotContain("Local Democracy Reporting Service");
    }
}
