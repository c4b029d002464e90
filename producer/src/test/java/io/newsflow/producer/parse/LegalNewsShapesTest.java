package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-twenty-eighth held-out round (x2001-x2006), legal news sites: a name with a
 * lower-case "the" ("Above the Law"), a caption closed by its credit in brackets under the stamp, a blog's line of
 * several categories, a recommended citation, a dateline crediting the outlet by its initials ("(CN)"), a link to the
 * court's ruling, "By ... on" over the date's line, a readers' comments block, a Creative Commons credit; and a
 * headline that opens with a place and ends in "editors" is no name and role.
 */
class LegalNewsShapesTest {
    private static final String STORY = "The Supreme Court on Friday agreed to decide whether cities can require trip data.\n\n"
            + "The case will likely be argued in April.\n\n";

    @Test
    void shouldReadANameWithALowerCaseTheOverItsMenuAsTheMasthead() {
        Article a = parse("Beyond the Bench\nBiglaw  Small Law  Law Schools  In-House  Legal Tech  Courts  Jobs\nBiglaw\n"
                + "Kirkland Announces Year-End Bonuses, Matching The Market\nBy Jane Roe\non December 5, 2026 at 2:24 PM\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("Beyond the Bench");
        assertThat(a.getTitle()).isEqualTo("Kirkland Announces Year-End Bonuses, Matching The Market");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
    }

    @Test
    void shouldDropACaptionClosedByItsBracketedCreditUnderTheStamp() {
        Article a = parse("Court to hear dispute over city rules on data\nBy Jane Roe\non Dec 5, 2026 at 5:12 pm\n"
                + "The justices will hear the case in the spring. (Mary Major)\n\n" + STORY);
        assertThat(a.getLead()).startsWith("The Supreme Court");
        assertThat(allText(a)).doesNotContain("Mary Major");
    }

    @Test
    void shouldReadNoSectionFromABlogsLineOfSeveralCategoriesAndDropItsCitation() {
        Article a = parse("Court to hear dispute over city rules on data\nBy Jane Roe\nDec 5, 2026\n\n" + STORY
                + "Posted in Featured, Merits Cases\nRecommended Citation: Jane Roe, Court to hear dispute, Bench Blog (Dec. 5, 2026)\n");
        assertThat(a.getSection()).isNull();
        assertThat(allText(a)).contains("April").doesNotContain("Recommended Citation", "Featured");
    }

    @Test
    void shouldKeepTheMastheadWhenTheDatelineCreditsTheOutletByItsInitials() {
        Article a = parse("Courthouse News Service\nMenu\nLaw\nNinth Circuit revives lawsuit over wildfire smoke\nJane Roe\n"
                + "December 5, 2026\n\nSAN FRANCISCO (CN) — A divided panel on Friday revived a class action.\n\n"
                + "The judge dissented.\n\nRead the ruling\n"
                + "Sign up for new weekly newsletter Closing Arguments to get the latest about ongoing trials and rulings.\n");
        assertThat(a.getSource()).isEqualTo("Courthouse News Service");
        assertThat(allText(a)).contains("SAN FRANCISCO (CN)").doesNotContain("Read the ruling", "Closing Arguments");
    }

    @Test
    void shouldReadAByLineEndingInOnOverTheDatesLine() {
        Article a = parse("News\nMagic circle firm hikes trainee pay to £62,000\nFreshfields matches rivals after review\n"
                + "By Jane Roe on\nDec 5 2026 9:43am\n\n" + STORY);
        assertThat(a.getTitle()).isEqualTo("Magic circle firm hikes trainee pay to £62,000");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
    }

    @Test
    void shouldEndTheTextAtAReadersCommentsBlock() {
        Article a = parse("Government drops plan to cap legal aid fees\n5 December 2026\nBy Jane Roe\n\n" + STORY
                + "Have your say\nReaders' comments (3)\nAdd your comment\n");
        assertThat(allText(a)).contains("April").doesNotContain("Have your say", "Readers'", "Add your comment");
    }

    @Test
    void shouldReadACreativeCommonsCreditAsNoWriterAndAHeadlineEndingInEditorsAsNoByline() {
        Article a = parse("Hong Kong court convicts former editors\nJane Roe | Dec 5, 2026 01:35:12 pm\nStudio Lumen / CC BY-SA 2.0\n\n" + STORY);
        assertThat(a.getTitle()).isEqualTo("Hong Kong court convicts former editors"); // (a place, then what reads as a role)
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).doesNotContain("CC BY");
    }
}
