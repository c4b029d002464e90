package io.newsflow.producer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.ArticleType;

/** Breadcrumbs, headings, kickers, signatures and notices: the line shapes around the text. */
class StructureDetectorsTest {

    @Test
    void shouldReadSectionAndTitleCrumbWhenTheLineIsABreadcrumb() {
        Breadcrumb b = BreadcrumbDetector.detect("Home / Analysis / Brussels Weighs Its Own Rules for Chip Exports").orElseThrow();
        assertThat(b.section()).isEqualTo("Analysis");
        assertThat(b.lastCrumb()).isEqualTo("Brussels Weighs Its Own Rules for Chip Exports");
        assertThat(BreadcrumbDetector.detect("Inicio » Internacional » Chile aprueba la reforma").orElseThrow().section()).isEqualTo("Internacional");
    }

    @Test
    void shouldNotSeeABreadcrumbWhenASentenceContainsSlashes() {
        assertThat(BreadcrumbDetector.detect("Union members voted yes / no on the offer")).isEmpty();
    }

    @Test
    void shouldTellHeadingsFromParagraphsWhenFollowedByText() {
        String paragraph = "Officially, the union is asking for a 9 percent raise spread over two years.";
        assertThat(HeadingDetector.isHeading("A dispute about more than wages", paragraph)).isTrue();
        assertThat(HeadingDetector.isHeading("1. Where did the gap come from", paragraph)).isTrue();
        assertThat(HeadingDetector.isHeading("The vote was 9 to 4.", paragraph)).isFalse();
        assertThat(HeadingDetector.isHeading("What comes next", null)).isFalse();
    }

    @Test
    void shouldReadKickersWhenAboveTheHeadline() {
        Kicker k = KickerDetector.detect("Analysis | TechLedger").orElseThrow();
        assertThat(k.section()).isEqualTo("Analysis");
        assertThat(k.type()).isEqualTo(ArticleType.ANALYSIS);
        assertThat(k.source()).isEqualTo("TechLedger");
        assertThat(KickerDetector.detect("OPINION").orElseThrow().type()).isEqualTo(ArticleType.OPINION);
        assertThat(KickerDetector.detect("Brussels Weighs Its Own Rules for Chip Exports")).isEmpty();
    }

    @Test
    void shouldReadSectionNamesAndShortLabelsAsKickersWhenALongerHeadlineFollows() {
        assertThat(KickerDetector.detect("Business").orElseThrow().section()).isEqualTo("Business");
        assertThat(KickerDetector.detect("Wirtschaft").orElseThrow().section()).isEqualTo("Wirtschaft");
        String headline = "Chipmaker Veltrix to build $4bn plant in Arizona";
        assertThat(KickerDetector.detect("Batteries", headline).orElseThrow().section()).isEqualTo("Batteries");
        assertThat(KickerDetector.detect("Batteries")).isEmpty();
        assertThat(KickerDetector.detect("Brexit", "Deal agreed")).isEmpty();
        assertThat(KickerDetector.detect("Ports reopen", headline)).isEmpty();
        // a listed section and a lower-case adjective; under the site's news root, any short label
        assertThat(KickerDetector.detect("Politique provinciale", headline).orElseThrow().section()).isEqualTo("Politique provinciale");
        assertThat(KickerDetector.detect("Economía internacional", headline).orElseThrow().section()).isEqualTo("Economía internacional");
        assertThat(KickerDetector.detect("North Wales News", headline)).isEmpty();
        assertThat(KickerDetector.detect("North Wales News", headline, "News").orElseThrow().section()).isEqualTo("North Wales News");
    }

    @Test
    void shouldReadNoKickerWhenALineOverTheHeadlineIsAWordRepeatedThousandsOfTimes() {
        // a scraper's doubled line ("NaciónNación..."): the label patterns recurse per character, so a long line must
        // not reach them (it overflowed the stack)
        assertThat(KickerDetector.detect("Nación".repeat(700), "Sheinbaum anuncia tren de pasajeros entre Querétaro e Irapuato"))
                .isEmpty();
    }

    @Test
    void shouldReadNoKickerWhenALineIsOnlyABarOrABullet() {
        // a scraper's stray bullet over the headline split into no segment at all (it threw, x1692 broken by a mutation)
        assertThat(KickerDetector.detect("•")).isEmpty();
        assertThat(KickerDetector.detect(" | ")).isEmpty();
        assertThat(KickerDetector.detect("·")).isEmpty();
    }

    @Test
    void shouldDropRelatedHeadlinesAndClosingTagListsWhenThePageLinksOtherArticles() {
        assertThat(LinkBlocks.isRelatedLabel("Mehr zum Thema")).isTrue();
        assertThat(LinkBlocks.isRelatedLabel("Most Read")).isTrue();
        assertThat(LinkBlocks.isRelatedLabel("More on the strike later")).isFalse();
        assertThat(LinkBlocks.isLinkedHeadline("Stahlkrise: Was jetzt auf die Beschäftigten zukommt")).isTrue();
        assertThat(LinkBlocks.isLinkedHeadline("The union said the talks would resume on Monday.")).isFalse();
        assertThat(LinkBlocks.tagListStart(java.util.List.of("Lead.", "Body text.", "Topics", "Oil", "Energy industry")))
                .isEqualTo(2);
        assertThat(LinkBlocks.tagListStart(java.util.List.of("Lead.", "Topics", "The union said the talks would resume.")))
                .isEqualTo(-1);
    }

    @Test
    void shouldReadTheOutletWhenARepublicationNoticeOrSignatureCloses() {
        assertThat(SignatureDetector.notice("This article was first published by Portline.Info and is republished with permission."))
                .contains("Portline.Info");
        assertThat(SignatureDetector.notice("This story was originally published by The Nairobi Observer and is republished here."))
                .contains("The Nairobi Observer");
        assertThat(SignatureDetector.notice("Source: Kansai Business Journal")).contains("Kansai Business Journal");
        assertThat(SignatureDetector.notice("© 2024 Rheinblick Zeitung")).contains("Rheinblick Zeitung");
        assertThat(SignatureDetector.notice("© 2024 Prairie Post, a division of Plains Media Inc. All rights reserved. "
                + "Unauthorized distribution, transmission or republication strictly prohibited.")).contains("Prairie Post");
        assertThat(SignatureDetector.signature("Portline.Info")).contains("Portline.Info");
        assertThat(SignatureDetector.signature("— Nordic Energy Review")).contains("Nordic Energy Review");
        assertThat(SignatureDetector.signature("The council promised to review the scheme after one year.")).isEmpty();
        assertThat(SignatureDetector.signature("Le Monde avec AFP")).contains("Le Monde");
        assertThat(SignatureDetector.signature("Le Courrier de l'Ouest avec AFP")).contains("Le Courrier de l'Ouest");
        assertThat(SignatureDetector.notice("© IE Online Media Services Pvt Ltd")).contains("IE Online Media Services");
        assertThat(SignatureDetector.signature("dpa/AFP")).contains("dpa/AFP");
        assertThat(SignatureDetector.signature("(ANP)")).contains("ANP");
        assertThat(SignatureDetector.notice("© RIPRODUZIONE RISERVATA")).contains("");
        assertThat(SignatureDetector.notice("Źródło: PAP")).contains("PAP");
        assertThat(SignatureDetector.notice("Quelle: dpa")).contains("dpa");
        assertThat(LinkBlocks.isLinkedHeadline("Bron: NOS")).as("a source line ends a related block").isFalse();
        assertThat(SignatureDetector.notice("RIPRODUZIONE RISERVATA © Copyright ANSA")).contains("ANSA");
        assertThat(SignatureDetector.agencyCredit("Reuters")).contains("Reuters");
        assertThat(SignatureDetector.agencyCredit("Reuters said on Monday")).isEmpty();
        assertThat(LinkBlocks.isTagLabel("Explore more on these topics")).as("a tag list's label").isTrue();
        assertThat(SignatureDetector.agencyCredit("bid/dpa")).contains("dpa");
        assertThat(SignatureDetector.agencyCredit("dpa/AFP")).as("an agency is no writer's initials").contains("dpa/AFP");
    }

    @Test
    void shouldPutNamesInNaturalCaseWhenWrittenInCapitals() {
        assertThat(NameCase.natural("Tomas HALVORSEN")).isEqualTo("Tomas Halvorsen");
        assertThat(NameCase.natural("JEAN-LUC O'BRIEN")).isEqualTo("Jean-Luc O'Brien");
        assertThat(NameCase.natural("PIETER VAN DEN BERG")).isEqualTo("Pieter van den Berg");
        assertThat(NameCase.natural("Ayşe YILDIRIM")).isEqualTo("Ayşe Yıldırım");
        assertThat(NameCase.natural("Pieter de Graaf")).isEqualTo("Pieter de Graaf");
        assertThat(NameCase.natural("Jean-Baptiste LE GALL")).as("an article opening a surname").isEqualTo("Jean-Baptiste Le Gall");
        assertThat(NameCase.natural("María DE LA FUENTE")).isEqualTo("María de la Fuente");
    }

    @Test
    void shouldDeriveAShortTitleWhenTheLeadSentenceIsLong() {
        assertThat(TitleDeriver.derive("Dockworkers in Rotterdam walked off the job on Monday morning, and within hours the queue of "
                + "container ships waiting outside the Maasvlakte terminals had grown to nineteen vessels. The strike..."))
                .isEqualTo("Dockworkers in Rotterdam walked off the job on Monday morning");
        assertThat(TitleDeriver.derive("LISBON (Reuters) - Portugal's government won a vote. More later."))
                .isEqualTo("Portugal's government won a vote");
    }

    @Test
    void shouldJoinHardWrappedLinesWhenAParagraphIsWrappedButKeepStructuralLines() {
        assertThat(TextLines.logicalLines("Ferry operators on routes between Poland, Sweden and Germany said on\n"
                + "Wednesday that ticket prices would rise by up to 12 percent this year\nas shipping is brought in.\n"))
                .hasSize(1);
        assertThat(TextLines.logicalLines("Senate Passes Stopgap Bill to Avert Shutdown\nMarch 3, 2025, 6:15 PM EST\n")).hasSize(2);
    }
}
