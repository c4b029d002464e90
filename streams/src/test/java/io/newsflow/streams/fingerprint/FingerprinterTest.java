package io.newsflow.streams.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();

    private static Article article(String title, String lead, List<String> body) {
        return Article.newBuilder().setArticleId("id").setTitle(title).setLead(lead).setSource("Portline.Info")
                .setIngestedAt(Instant.EPOCH).setBody(body.stream().map(t -> new BodyBlock(BlockKind.PARAGRAPH, t)).toList())
                .build();
    }

    @Test
    void shouldIgnoreHeadlineAndLeadWhenBodyHasWords() {
        List<String> body = List.of("Dockworkers in Rotterdam walked off the job on Monday.", "The strike is the largest since 2019.");
        Fingerprint a = fingerprinter.of(article("Port strike", "A lead", body));
        Fingerprint b = fingerprinter.of(article("Rotterdam grinds to a halt", "Another lead", body));
        assertThat(a).isEqualTo(b);
        assertThat(a.contentHash()).hasSize(64).matches("[0-9a-f]+");
        assertThat(a.simhashHex()).hasSize(16);
        assertThat(a.wordCount()).isEqualTo(16);
    }

    @Test
    void shouldGiveSameContentHashWhenOnlyWrapperQuotesAndCaseDiffer() {
        Fingerprint a = fingerprinter.of(article("t", null, List.of("He said \"no\" - twice.")));
        Fingerprint b = fingerprinter.of(article("t", null, List.of("Share | Tweet | Print | A A A", "HE SAID \u201Cno\u201D \u2014 twice.",
                "Portline.Info")));
        assertThat(a.contentHash()).isEqualTo(b.contentHash());
        assertThat(a.contentHash()).isEqualTo(ContentHash.of("he said no - twice."));
    }

    @Test
    void shouldFingerprintTitleAndLeadWhenBodyIsEmpty() {
        Fingerprint a = fingerprinter.of(article("Port strike spreads", "Antwerp joins", List.of()));
        assertThat(a.wordCount()).isEqualTo(5);
        assertThat(a.contentHash()).isEqualTo(ContentHash.of("port strike spreads antwerp joins"));
    }
}
