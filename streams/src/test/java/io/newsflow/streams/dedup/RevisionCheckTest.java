package io.newsflow.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionCheckTest {

    private static Candidate version(String hash, int revision) {
        return new Candidate("url-1", 100 + revision, null, hash, 0L, new byte[128], revision);
    }

    @Test
    void shouldBeNewWhenNoEarlierVersion() {
        RevisionCheck check = RevisionCheck.of(List.of(), "h0");
        assertThat(check.outcome()).isEqualTo(RevisionCheck.Outcome.NEW);
        assertThat(check.revision()).isZero();
        assertThat(check.previousContentHash()).isNull();
    }

    @Test
    void shouldCountUpFromLatestWhenBodyChanges() {
        RevisionCheck check = RevisionCheck.of(List.of(version("h1", 1), version("h0", 0)), "h2");
        assertThat(check.outcome()).isEqualTo(RevisionCheck.Outcome.REVISION);
        assertThat(check.revision()).isEqualTo(2);
        assertThat(check.previousContentHash()).isEqualTo("h1");
    }

    @Test
    void shouldBeSameContentWhenBodyEqualsAnyEarlierVersion() {
        RevisionCheck check = RevisionCheck.of(List.of(version("h0", 0), version("h1", 1)), "h0");
        assertThat(check.outcome()).isEqualTo(RevisionCheck.Outcome.SAME_CONTENT);
        assertThat(check.previous().revision()).isZero();
    }
}
