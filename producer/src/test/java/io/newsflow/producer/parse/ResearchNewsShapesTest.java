package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-twentieth held-out round (x1953-x1958), science news sites: a menu of science
 * desks, a writer's institution after the name, a research release's apparatus closing the text ("More information:",
 * "Provided by", "Citation:", "Story Source:"), a digest's stacked fields ("Date:" / "Source:" / "Summary:"), a site's
 * name over its account buttons, a name ending in "!" and a date parted by hyphens ("4-DEC-2026").
 */
class ResearchNewsShapesTest {
    private static final String STORY = "Buses cut roadside soot by a third, a study finds.\n\nThe team measured soot at 40 sites.\n\n"
            + "The team now plans to study asthma rates.\n\n";

    @Test
    void shouldReadTheHeadlineUnderAMenuOfScienceDesks() {
        Article a = parse("Sci.org\nNanotechnology  Physics  Earth  Astronomy & Space  Chemistry  Biology  Other Sciences\n"
                + "December 4, 2026\nElectric buses cut roadside soot in Lima, study finds\nby Jane Roe\n\n" + STORY);
        assertThat(a.getTitle()).isEqualTo("Electric buses cut roadside soot in Lima, study finds");
    }

    @Test
    void shouldTakeTheWritersInstitutionAfterTheNameAsNoOutlet() {
        Article a = parse("Electric buses cut roadside soot in Lima, study finds\nby Jane Roe, University of Bergen\nDecember 4, 2026\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getSource()).isNull();
    }

    @Test
    void shouldCutAResearchReleasesApparatusClosingTheText() {
        Article a = parse("Electric buses cut roadside soot in Lima, study finds\nBy Jane Roe\nDecember 4, 2026\n\n" + STORY
                + "More information: Jane Roe et al, Soot along bus corridors, Nature Sustainability (2026). DOI: 10.1038/x\n"
                + "Provided by University of Bergen\nCitation: Electric buses cut roadside soot (2026, December 4) retrieved 6 December 2026 "
                + "from https://example.org/news/soot.html\nThis document is subject to copyright.\n");
        assertThat(allText(a)).contains("study asthma rates").doesNotContain("More information", "Provided by", "Citation", "copyright");
    }

    @Test
    void shouldKeepTheParagraphsAfterAStorysOwnMoreInformationInItsMiddle() {
        // (a guard: the label far from the page's end is the story's, as it was before)
        Article a = parse("Council opens a new bus depot\nBy Jane Roe\nDecember 4, 2026\n\nThe council opened a depot.\n\n"
                + "More information: call the council on 555 0100.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\n"
                + "Eight.\n\nNine.\n\nThe depot cost $4 million.\n");
        assertThat(allText(a)).contains("More information: call the council", "The depot cost $4 million.");
    }

    @Test
    void shouldReadADigestsStackedFieldsAndItsSummaryAsTheStandfirst() {
        Article a = parse("Research Digest\nHealth  Tech  Enviro  Society\nScience News\nfrom research organizations\n"
                + "Drivers' exposure to fumes fell after the switch to electric buses\nDate:\nDecember 4, 2026\nSource:\nUniversity of Leeds\n"
                + "Summary:\nDrivers breathed half as much soot after the switch.\nShare:\nFULL STORY\n"
                + "Drivers in two cities breathed less soot after the switch.\n\nThe team fitted 60 drivers with monitors.\n\n"
                + "Story Source:\nMaterials provided by University of Leeds. Note: Content may be edited for style and length.\n"
                + "Cite This Page:\nMLA APA Chicago\n");
        assertThat(a.getLead()).isEqualTo("Drivers breathed half as much soot after the switch.");
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).doesNotContain("University of Leeds", "FULL STORY", "Story Source", "MLA APA");
    }

    @Test
    void shouldReadTheSiteNameOverItsAccountButtonsAndDropItsPleaForComments() {
        Article a = parse("Energy News\nMenu  Subscribe  Search\nClimate\nHeat is cutting bus ridership on summer days, data suggest\n"
                + "By Jane Roe\nDecember 4, 2026\n\n" + STORY + "Questions or comments on this article? E-mail us at news@example.org\n");
        assertThat(a.getSource()).isEqualTo("Energy News");
        assertThat(a.getSection()).isEqualTo("Climate");
        assertThat(allText(a)).doesNotContain("Questions or comments");
    }

    @Test
    void shouldReadANameEndingInAnExclamationMarkAndADateStampPartedByHyphens() {
        Article a = parse("SciAlert!\nNews Releases  Multimedia  Meetings  Experts  Funding\nNEWS RELEASE 4-DEC-2026\n"
                + "Cycling to work linked to fewer sick days, study finds\nPeer-Reviewed Publication\nUniversity of Bergen\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("SciAlert!");
        assertThat(a.getTitle()).isEqualTo("Cycling to work linked to fewer sick days, study finds");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getLead()).isEqualTo("Buses cut roadside soot by a third, a study finds.");
    }
}
