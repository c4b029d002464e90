package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the three-hundred-and-thirty-eighth held-out round (x2061-x2066), the press's own trade press: a long
 * tagline between the name and the menu bar (the whole header lost before), a logo's full stop ("Poynter."), a menu's
 * item under its bar in one block ("Business of News", read as an outlet), "Name | Special to E&amp;P", newsletter and
 * membership pleas, "No comments on this item".
 */
class MediaTradePressShapesTest {
    private static final String STORY = "The Guardian has rebuilt its app around story threads, readers said on Friday.\n\n"
            + "The feature is launching first on iOS.\n\n";

    @Test
    void shouldReadTheHeaderUnderALongTaglineAndDropALogosFullStop() {
        Article a = parse("Nieman Lab.\nPushing to the Future of Journalism — A Project of the Nieman Foundation at Harvard\n"
                + "Home  Subscribe  Follow  Predictions  Fuego  Encyclo  Search\nAudience & Social\n"
                + "The Guardian's new app lets readers follow a story\nJane Roe\nDec. 6, 2026, 10:15 a.m.\n\n" + STORY
                + "Jane Roe is deputy editor of Nieman Lab.\nJoin the 60,000 who get the freshest news in our daily email.\n");
        assertThat(a.getTitle()).isEqualTo("The Guardian's new app lets readers follow a story");
        assertThat(a.getSource()).isEqualTo("Nieman Lab");
        assertThat(a.getSection()).isEqualTo("Audience & Social");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(allText(a)).contains("iOS").doesNotContain("deputy editor", "Join the");
    }

    @Test
    void shouldKeepABioThatGivesTheWritersAddressAndTakeItsOutlet() {
        Article a = parse("Gannett cuts 120 more newsroom jobs\nBy Jane Roe\nDecember 6, 2026\n\n" + STORY
                + "Jane Roe is a business reporter for Poynter. She can be reached at jroe@example.org.\n");
        assertThat(a.getSource()).isEqualTo("Poynter");
        assertThat(allText(a)).contains("can be reached at");
    }

    @Test
    void shouldReadAMenuItemUnderItsBarAsTheSection() {
        Article a = parse("Columbia Journalism Review\nThe Voice of Journalism\nJournalism  Politics  Business of News  Tow Center"
                + "  Magazine  Newsletters  Donate\nBusiness of News\nWhat the buyouts tell us about the metro desk\nBy Jane Roe\n"
                + "December 6, 2026\n\n" + STORY + "Has America ever needed a media defender more? Help us by joining CJR today.\n");
        assertThat(a.getSection()).isEqualTo("Business of News");
        assertThat(a.getSource()).isEqualTo("Columbia Journalism Review");
        assertThat(allText(a)).contains("iOS").doesNotContain("joining CJR");
    }

    @Test
    void shouldReadAContributorAfterABarAndKeepTheMastheadOverItsInitials() {
        Article a = parse("EDITOR & PUBLISHER\nSince 1884, the voice of the newspaper industry\nHome  News  Columns  Podcasts  Subscribe\n"
                + "NEWS\nMinnesota paper converts to nonprofit\nPosted Saturday, December 6, 2026 9:00 am\nJane Roe | Special to E&P\n\n"
                + STORY + "Comments\nNo comments on this item Please log in to comment by clicking here\n");
        assertThat(a.getAuthors()).containsExactly("Jane Roe");
        assertThat(a.getSource()).isEqualTo("Editor & Publisher");
        assertThat(allText(a)).contains("iOS").doesNotContain("No comments", "Special to");
    }

    @Test
    void shouldDropNewsletterPleas() {
        Article a = parse("How a one-person newsroom built an audience\nBy Jane Roe\nPublished Saturday, 06 December 2026\n\n" + STORY
                + "Want to keep up with the latest media jobs, events and news? Sign up to our free weekly newsletter.\n"
                + "Free daily newsletter\nIf you like our news and feature articles, you can sign up to receive our free daily email newsletter.\n");
        assertThat(allText(a)).contains("iOS").doesNotContain("keep up", "Free daily", "If you like");
    }
}
