package io.newsflow.streams.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JunkLinesTest {

    private final JunkLines junk = new JunkLines();

    @Test
    void shouldRecogniseWrappersWhenShortAndWholeLine() {
        assertThat(junk.isJunk("share | tweet | print | a a a", "", false)).isTrue();
        assertThat(junk.isJunk("read more: the latest headlines from our newsroom", "", false)).isTrue();
        assertThat(junk.isJunk("© 2024 iberia daily. all rights reserved.", "", false)).isTrue();
        assertThat(junk.isJunk("photo: press office handout", "", false)).isTrue();
        assertThat(junk.isJunk("mirrorsite.example", "", true)).isTrue();
        assertThat(junk.isJunk("portline.info", "portline.info", false)).isTrue();
    }

    @Test
    void shouldKeepProseWhenItMerelyMentionsWrapperWords() {
        assertThat(junk.isJunk("published figures show the strike cost millions.", "", false)).isFalse();
        assertThat(junk.isJunk("shares in nordair rose 9 percent in stockholm.", "", false)).isFalse();
        assertThat(junk.isJunk("a dispute about more than wages", "", false)).isFalse();
        assertThat(junk.isJunk("mirrorsite.example", "", false)).isFalse();
    }

    @Test
    void shouldNeverDropLongBlocksWhenTheyStartLikeJunk() {
        String longBlock = "read more " + "about the strike and its consequences for the port ".repeat(6);
        assertThat(longBlock.length()).isGreaterThan(JunkLines.MAX_JUNK_LENGTH);
        assertThat(junk.isJunk(longBlock, "", false)).isFalse();
    }
}
