package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.BlockKind;

/**
 * The page furniture of real news sites around a story, each shape in a small input: section labels
 * over the headline, bylines without "By", links to other articles, agency credits, disclaimers.
 */
class PageFurnitureShapesTest {
    static final String HEADLINE = "Wind farm developers pause three Atlantic projects as costs climb";
    static final String BODY = "The council voted on Tuesday to close the old bridge to cars, a decision that split the town.\n\n"
            + "Traders said the closure would cost them customers, while cyclists welcomed it.";
    /** {@link #BODY} as an HTML page's paragraphs. */
    static final String HTML_BODY = "<p>" + BODY.replace("\n\n", "</p><p>") + "</p>";

    @Test
    void shouldReadTheSectionNotATitleWhenASectionLabelStandsOverTheHeadline() {
        Article a = parse("Skip to main content\nAdvertisement\n\nBusiness\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSection()).isEqualTo("Business");
        assertThat(a.getLead()).startsWith("The council voted");
    }

    @Test
    void shouldReadTheAuthorWhenTheBylineIsANameWithARoleOrAloneAfterTheStandfirst() {
        Article withRole = parse(HEADLINE + "\n\nJillian Ambrose Energy correspondent\n\n" + BODY);
        assertThat(withRole.getAuthors()).containsExactly("Jillian Ambrose");
        Article bare = parse(HEADLINE + "\n\nScheme aims to bring empty apartments into use\n\nConor Gallagher\n\n" + BODY);
        assertThat(bare.getAuthors()).containsExactly("Conor Gallagher");
        assertThat(bare.getLead()).isEqualTo("Scheme aims to bring empty apartments into use");
        assertThat(allText(bare)).doesNotContain("Conor");
    }

    @Test
    void shouldDropLinksToOtherArticlesWhenARelatedLabelOrATagListFollowsTheText() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nMehr zum Thema\nStahlkrise: Was jetzt auf die Beschäftigten zukommt\n\n"
                + "The mayor said the bridge would reopen in spring.\n\nTopics\nOil\nEnergy industry\nTaxation");
        assertThat(allText(a)).doesNotContain("Mehr zum Thema").doesNotContain("Stahlkrise").doesNotContain("Topics")
                .doesNotContain("Taxation").contains("reopen in spring");
        assertThat(a.getSource()).as("the last tag is no signature").isNull();
        assertThat(a.getBody()).noneMatch(b -> b.getKind() == BlockKind.HEADING);
    }

    @Test
    void shouldTakeTheOutletFromAnAgencyCreditWhenTheStoryClosesWithOne() {
        assertThat(parse(HEADLINE + "\n\n" + BODY + "\n\nLe Monde avec AFP").getSource()).isEqualTo("Le Monde");
        Article agencies = parse(HEADLINE + "\n\n" + BODY + "\n\ndpa/AFP\nZur Startseite");
        assertThat(agencies.getSource()).isEqualTo("dpa/AFP");
        assertThat(allText(agencies)).doesNotContain("dpa/AFP").doesNotContain("Startseite");
    }

    @Test
    void shouldReadTheAgencyAndTheGluedStampWhenAWireStoryHasNoByline() {
        Article a = parse("Home | News | World\n\n" + HEADLINE + "\n\nReuters\nNovember 29, 20267:12 AM GMT+1Updated 2 hours ago\n\n"
                + BODY + "\n\nOur Standards: The Thomson Reuters Trust Principles.");
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getSource()).isEqualTo("Reuters");
        assertThat(a.getSection()).isNull();
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-29T06:12:00Z"));
        assertThat(a.getLead()).startsWith("The council voted");
        assertThat(allText(a)).doesNotContain("Home |").doesNotContain("Updated").doesNotContain("Our Standards");
    }

    @Test
    void shouldDateAPressReleaseAndDropItsContactBlockWhenItOpensWithPlaceAndDate() {
        Article a = parse("Pressemitteilung\n\n" + HEADLINE + "\n\nBerlin, 29. November 2026 – " + BODY
                + "\n\nPressekontakt:\nAnna Schmidt\nTel.: +49 89 123456\nE-Mail: presse@example.com");
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(a.getSection()).isEqualTo("Pressemitteilung");
        assertThat(a.getLead()).startsWith("Berlin, 29. November 2026 – The council");
        assertThat(allText(a)).doesNotContain("Pressekontakt").doesNotContain("Anna Schmidt").doesNotContain("Tel.");
    }

    @Test
    void shouldReadNoAuthorWhenTheNewsroomSignsThePiece() {
        Article a = parse("Por Redacción\nCiudad de México / 29.11.2026 11:20:45\n\n" + HEADLINE + "\n\n" + BODY);
        assertThat(a.getTitle()).isEqualTo(HEADLINE);
        assertThat(a.getAuthors()).isEmpty();
        assertThat(a.getSection()).isNull();
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-29T11:20:45Z"));
    }

    @Test
    void shouldReadTheWriterWhenALetterIsSignedWithNameAndPlace() {
        Article a = parse("Letters\n\n" + HEADLINE + "\n\n" + BODY + "\n\nThe subsidy would cost less than the missed appointments."
                + "\n\nMargaret Hill\nCardiff");
        assertThat(a.getAuthors()).containsExactly("Margaret Hill");
        assertThat(a.getSource()).isNull();
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(allText(a)).doesNotContain("Margaret Hill").doesNotContain("Cardiff");
    }

    @Test
    void shouldReadEveryAuthorWhenALiveBlogListsItsShifts() {
        Article a = parse("LIVE\n\n" + HEADLINE + "\n\nTom Ambrose (now) and Rachel Hall (earlier)\nSun 29 Nov 2026 14.32 GMT\n\n"
                + "Key events\nShow key events only\n\n" + BODY);
        assertThat(a.getAuthors()).containsExactly("Tom Ambrose", "Rachel Hall");
        assertThat(a.getLead()).startsWith("The council voted");
    }

    @Test
    void shouldMarkAnOpinionAndDropTheDisclaimerWhenTheViewsAreTheAuthorsOwn() {
        Article a = parse(HEADLINE + "\n\n" + BODY + "\n\nThe views expressed in this article are the author's own.");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.OPINION);
        assertThat(allText(a)).doesNotContain("views expressed");
    }

    @Test
    void shouldKeepTheWireDatelineOutOfTheAuthorsWhenTheBylineNamesTheReporters() {
        Article a = parse(HEADLINE + "\n\nBy Megan Carter and Luis Ortega, Associated Press\n"
                + "Updated 3:45 PM EST, Sun November 29, 2026\n\nNEW YORK (AP) — " + BODY);
        assertThat(a.getAuthors()).containsExactly("Megan Carter", "Luis Ortega");
        assertThat(a.getSource()).isEqualTo("Associated Press");
        assertThat(a.getPublishedAt()).as("an update time is no publication time").isNull();
        assertThat(allText(a)).doesNotContain("Updated");
    }

    @Test
    void shouldReadTheTimeWrittenBeforeTheDateWhenTheStampLeadsWithIt() {
        Article a = parse(HEADLINE + "\n\nBy JOHN O'NEILL, CHIEF ECONOMICS CORRESPONDENT\nPublished: 10:30 GMT, 29 November 2026\n\n"
                + "Follow @johnoneill_econ\n\n" + BODY);
        assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2026-11-29T10:30:00Z"));
        assertThat(a.getAuthors()).containsExactly("John O'Neill");
        assertThat(a.getSource()).isNull();
        assertThat(allText(a)).doesNotContain("Follow");
    }

    @Test
    void shouldNameTheOutletWhenABylineCreditsItsStaffOrTheMastheadPrecedesTheName() {
        Article staff = parse(HEADLINE + "\n\nBy Dana Whitfield, Courier Staff\n\n" + BODY);
        assertThat(staff.getAuthors()).containsExactly("Dana Whitfield");
        assertThat(staff.getSource()).isEqualTo("Courier");
        // a hyphenated masthead reads like a hyphenated given name ("Jean-Pierre")
        Article masthead = parse(HEADLINE + "\n\nSud-Ouest Julie LE GOFF.\n\n" + BODY
                + "\n\nCet article vous a été utile ? Sachez que vous pouvez suivre Sud-Ouest sur son site.");
        assertThat(masthead.getSource()).isEqualTo("Sud-Ouest");
        assertThat(masthead.getAuthors()).containsExactly("Julie Le Goff");
    }
}
