package io.newsflow.producer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.avro.ArticleType;
import io.newsflow.producer.parse.ArticleDraft;

/** The site's name over its menu and the kicker over the headline, read one line at a time. */
class AboveHeadlineTest {

    private static final String HEADLINE = "Plans for £40m Falmouth docks expansion approved";
    private static final String BODY = "Cornwall Council's strategic planning committee backed the scheme by eight votes to three.";

    private final ArticleDraft draft = new ArticleDraft();
    private final HeaderTrim.HeaderFacts header = new HeaderTrim.HeaderFacts();
    private final List<String> content = new ArrayList<>();

    private boolean consumed(String page, int line) {
        return AboveHeadline.consumed(new PageLines(page), line, content, draft, header);
    }

    @Test
    void shouldTakeTheMastheadWhenTheSiteNameStandsOverItsMenu() {
        assertThat(consumed("Cornwall Live\nNews | Sport | What's On | Property\n\n" + HEADLINE + "\n\n" + BODY, 0)).isTrue();
        assertThat(draft.source).isEqualTo("Cornwall Live");
        assertThat(draft.section).isNull();
    }

    @Test
    void shouldOfferSectionTypeAndOutletWhenAKickerStandsOverTheHeadline() {
        assertThat(consumed("Analysis | TechLedger\n\n" + HEADLINE + "\n\n" + BODY, 0)).isTrue();
        assertThat(draft.section).isEqualTo("Analysis");
        assertThat(draft.articleType).isEqualTo(ArticleType.ANALYSIS);
        assertThat(draft.source).isEqualTo("TechLedger");
        assertThat(header.kickerLine).isZero();
    }

    @Test
    void shouldTakeTheSectionUnderTheRootWhenTheSiteNewsRootWasReadAbove() {
        draft.offerSection("Nyheter");
        assertThat(consumed("Nyheter\nEkonomi\n\nGöteborgs hamn får nytt rekord för containrar\n\n"
                + "Göteborgs hamn hanterade fler containrar än någonsin under november.", 1)).isTrue();
        assertThat(draft.section).isEqualTo("Ekonomi");
        assertThat(draft.articleType).isEqualTo(ArticleType.NEWS);
    }

    @Test
    void shouldLeaveTheLineWhenTheHeadlineIsAlreadyRead() {
        draft.title = HEADLINE;
        assertThat(consumed("Analysis | TechLedger\n\n" + BODY, 0)).isFalse();
        assertThat(draft.section).isNull();
        assertThat(draft.source).isNull();
    }

    @Test
    void shouldLeaveTheLineWhenTheTextHasBegun() {
        content.add(BODY);
        assertThat(consumed(HEADLINE + "\n\nAnalysis | TechLedger\n\n" + HEADLINE, 1)).isFalse();
        assertThat(draft.source).isNull();
    }
}
