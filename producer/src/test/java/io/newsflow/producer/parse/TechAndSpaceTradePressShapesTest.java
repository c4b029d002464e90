package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-sixty-sixth to sixty-eighth held-out rounds (x2229-x2246), cybersecurity, space and
 * enterprise-technology trade papers: menus with "Funding/M&amp;A" and "theCUBE" (their labels' sections lost), a
 * contributor's byline with post and employer (lost), "News 7 Dec 2026" and a role line naming the outlet, a name over a
 * one-line trail (the copyright's company taken instead), a role's region read as the outlet, an initials logo over the
 * menu and the name it spells out, and closing plugs.
 */
class TechAndSpaceTradePressShapesTest {
    private static final String STORY = "A configuration change at a cloud provider caused a six-hour outage on Sunday.\n\n"
            + "It was the provider's third major outage this year.\n\n";

    @Test
    void shouldReadLabelsOfMenusWithAmpersandsInSlashedItemsAndBrandsInLowerCamelCase() {
        Article a = parse("SECURITYWEEK\nMalware & Threats  Cybercrime  Vulnerabilities  ICS/OT  Funding/M&A\nFunding/M&A\n"
                + "Identity Security Startup Raises $75 Million\nBy Jane Roe | December 7, 2026 (6:30 AM ET)\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("Funding/M&A");
        Article b = parse("SiliconANGLE\nAI  Cloud  Infra  Security  Policy  Emerging Tech  theCUBE\nINFRA\n"
                + "Chipmaker shares jump after record data center revenue\nBY JANE ROE\n\n" + STORY);
        assertThat(b.getSection()).isEqualTo("Infra");
    }

    @Test
    void shouldReadAContributorsBylineWithPostAndEmployer() {
        Article a = parse("Why Security Teams Should Stop Chasing Every Alert\nAlert fatigue is a management problem.\n"
                + "Jane Roe, CISO, Northwind Health\nDecember 6, 2026\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
    }

    @Test
    void shouldReadANewsLabelBeforeTheDateAndDropTheRoleLineNamingTheOutlet() {
        Article a = parse("Infosecurity Magazine\nNews  Topics  Features  Webinars  White Papers  Podcasts  Events\nNews 7 Dec 2026\n"
                + "UK Retailer Fined £3m Over Data Breach\nJane Roe\nUK / EMEA News Reporter, Infosecurity Magazine\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("News");
        assertThat(a.getArticleType()).isEqualTo(ArticleType.NEWS);
        assertThat(a.getPublishedAt()).hasToString("2026-12-07T00:00:00Z");
        assertThat(allText(a)).doesNotContain("Reporter");
    }

    @Test
    void shouldReadTheSitesNameOverAOneLineTrailAndNotARolesRegionAsTheOutlet() {
        Article a = parse("SpaceQ\nHome › News › Canadian Space Agency awards lunar rover contract\n"
                + "Canadian Space Agency awards lunar rover contract\nBy Jane Roe\nPosted on December 7, 2026\n\n" + STORY
                + "SpaceQ Media Inc. All rights reserved.\n");
        assertThat(a.getSource()).isEqualTo("SpaceQ");
        Article b = parse("ComputerWeekly.com\nNHS trust signs £40m deal for new patient record\n"
                + "By Jane Roe, Senior Editor, UK\nPublished: 07 Dec 2026 10:15\n\n" + STORY);
        assertThat(b.getSource()).isEqualTo("ComputerWeekly.com");
    }

    @Test
    void shouldReadTheNameAnInitialsLogoSpellsOutUnderTheMenu() {
        Article a = parse("DCD\nNews  Analysis  Opinion  Events  Awards  Training\nData Center Dynamics\n"
                + "Hyperscaler plans 1GW campus in Spain\nDecember 07, 2026 By Jane Roe\n\n" + STORY + "Have you read DCD Magazine?\n");
        assertThat(a.getSource()).isEqualTo("Data Center Dynamics");
        assertThat(a.getTitle()).isEqualTo("Hyperscaler plans 1GW campus in Spain");
        assertThat(allText(a)).doesNotContain("DCD Magazine");
    }

    @Test
    void shouldDropVendorsAndNewslettersPlugsClosingTheText() {
        Article a = parse("Cloud outage knocks out banks\nBy Jane Roe\nDecember 6, 2026\n\n" + STORY
                + "Get more insights with the Recorded Future Intelligence Cloud.\nIn This Story: CISA, Congress\n"
                + "This article was originally published in the European Spaceflight newsletter.\n"
                + "If you like what I do, consider supporting me on Patreon.\n"
                + "The daily newsletter of the space industry. Join 60,000 readers.\nUser Comments\n"
                + "SpacePolicyOnline.com has a new mailing list.\nGet our Tech Resources\n"
                + "Sign up today and you will receive a free copy of our Future Focus 2025 report.\n");
        assertThat(allText(a)).contains("third major").doesNotContain("insights", "In This Story", "originally", "Patreon",
                "daily newsletter", "User Comments", "mailing list", "Tech Resources", "free copy");
    }
}
