package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-thirty-second held-out round (x2025-x2030), education news sites: a writer's
 * labelled handle under the byline ("Twitter: @jgro_the"), a registration wall closing the text, an education desk over
 * a topic ("Students" / "Student Success"), the outlet saying whose it is ("EdSurge is a part of ISTE+ASCD.") and a
 * newsletter's box in the site's own name ("Receive UWN's free weekly e-newsletters").
 */
class EducationPressShapesTest {
    private static final String STORY = "Almost half of English universities expect to run a deficit this year.\n\n"
            + "Universities UK called for a long-term funding settlement.\n\n";

    @Test
    void shouldDropTheWritersLabelledHandleAndARegistrationWall() {
        Article a = parse("Universities face a shortfall\nDecember 5, 2026\nJane Roe\nTwitter: @jroe_the\n\n" + STORY
                + "Register to continue\nWhy register?\nRegistration is free and only takes a moment\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).contains("settlement").doesNotContain("@jroe_the", "Register", "Registration");
    }

    @Test
    void shouldReadAnEducationDeskOverATopicAsTheSection() {
        Article a = parse("Campus Ledger\nNews  Opinion  Career Advice  Jobs  Events  Reports  Podcasts\nStudents\nStudent Success\n"
                + "FAFSA Completions Up 12 Percent Over Last Year\nBy Jane Roe\nDecember 5, 2026\n\n" + STORY);
        assertThat(a.getSection()).isEqualTo("Students");
    }

    @Test
    void shouldDropTheOutletSayingWhoseItIsAndItsNewsletterBox() {
        Article a = parse("Class Notes\nNews  Research  Podcasts  Jobs  Events\nTeachers Are Using AI to Grade\nBy Jane Roe\n"
                + "Dec 5, 2026\n\n" + STORY + "Class Notes is a part of ISTE+ASCD.\n");
        assertThat(allText(a)).contains("settlement").doesNotContain("ISTE");
        Article b = parse("International student numbers fall\nJane Roe\n05 December 2026\n\n" + STORY
                + "Receive UWN's free weekly e-newsletters\n");
        assertThat(allText(b)).doesNotContain("e-newsletters");
    }
}
