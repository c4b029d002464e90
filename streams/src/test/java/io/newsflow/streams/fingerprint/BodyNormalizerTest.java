package io.newsflow.streams.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyNormalizerTest {

    private final BodyNormalizer normalizer = new BodyNormalizer();

    @Test
    void shouldRemoveQuoteStyleWhenCurlyStraightSingleOrDouble() {
        assertThat(normalizer.normalize("\u201CWe left,\u201D said Ana\u2019s son."))
                .isEqualTo(normalizer.normalize("\"We left,\" said Ana's son."))
                .isEqualTo(normalizer.normalize("'We left,' said Anas son."))
                .isEqualTo("we left, said anas son.");
    }

    @Test
    void shouldUnifyDashesWhenSpacedEmEnOrDoubleHyphen() {
        assertThat(normalizer.normalize("Rotterdam\u2014the port")).isEqualTo("rotterdam - the port");
        assertThat(normalizer.normalize("Rotterdam \u2013 the port")).isEqualTo("rotterdam - the port");
        assertThat(normalizer.normalize("Rotterdam--the port")).isEqualTo("rotterdam - the port");
        assertThat(normalizer.normalize("remote\u2010controlled")).isEqualTo("remote-controlled");
    }

    @Test
    void shouldFoldCaseCompatibilityFormsAndWhitespaceWhenNormalising() {
        assertThat(normalizer.normalize("  T\u00FCrkiye\u00A0\u00A0and   \uFB01re\n\tcrews ")).isEqualTo("t\u00FCrkiye and fire crews");
        assertThat(normalizer.normalize(null)).isEmpty();
    }

    @Test
    void shouldDropWrapperJunkButKeepProseWhenBuildingCanonicalBody() {
        List<String> blocks = List.of("Share | Tweet | Print | A A A", " date 2024-10-07 + \u21BA \u2212 16 px",
                "Published 08.10.2024 09:14 | Updated 08.10.2024 11:02", "Home / World / Europe",
                "Dockworkers walked off the job on Monday.", "What comes next",
                "This article was first published by Portline.Info and is republished with permission.",
                "Portline.Info");
        assertThat(normalizer.contentBlocks(blocks, "Portline.Info"))
                .containsExactly("dockworkers walked off the job on monday.", "what comes next");
    }

    @Test
    void shouldGiveSameCanonicalBodyWhenParagraphsAreReflowed() {
        assertThat(normalizer.canonicalBody(List.of("One two.", "Three four."), null))
                .isEqualTo(normalizer.canonicalBody(List.of("One two. Three four."), null));
    }
}
