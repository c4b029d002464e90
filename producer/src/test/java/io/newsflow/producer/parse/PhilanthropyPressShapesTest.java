package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-fifty-third held-out round (x2151-x2156), philanthropy and humanitarian papers: a
 * byline and its date parted by "//" (both lost before), the site's newswire's name over the headline (read as the
 * section), registration walls, a printing notice, newsletter and membership pleas.
 */
class PhilanthropyPressShapesTest {
    private static final String STORY = "The Global Fund will cut country grants by 11% for the next three years.\n\n"
            + "The fund said it would protect funding for HIV prevention.\n\n";

    @Test
    void shouldReadABylineAndDatePartedByTwoSlashesUnderTheSitesNewswire() {
        Article a = parse("Devex\nNews  Jobs  Funding  Events  Talent  Devex Pro\nDevex Newswire\n"
                + "Global Fund cuts grants by 11% after pledges fall short\nBy Jane Roe // 06 December 2026\n\n" + STORY
                + "Sign up for Devex Newswire for more news on global development.\n"
                + "Printing articles to share with others is a breach of our terms and conditions and copyright policy.\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getPublishedAt()).hasToString("2026-12-06T00:00:00Z");
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).contains("HIV").doesNotContain("Sign up", "Printing");
    }

    @Test
    void shouldDropRegistrationWallsAndPleas() {
        Article a = parse("Charity lottery sales rise 9%\nJane Roe\n06 December 2026\n\n" + STORY
                + "Already registered? Sign in\nRegister for free to read more\n"
                + "Want more stories like this? Sign up to our daily email newsletter\n"
                + "Help us be the transformation we'd like to see in the humanitarian sector\n"
                + "The Chronicle of Philanthropy is an independent news organization covering the nonprofit world.\n");
        assertThat(allText(a)).contains("HIV").doesNotContain("Already", "Register", "Want more", "transformation", "independent news");
    }
}
