package io.newsflow.producer.parse;

import static io.newsflow.producer.parse.TextShapesTest.allText;
import static io.newsflow.producer.parse.TextShapesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.avro.Article;
import org.junit.jupiter.api.Test;

/**
 * Shapes met in the four-hundred-and-fourth held-out round (x2457-x2462), Israeli pages in Hebrew: the holder of a Hebrew
 * copyright ("© כל הזכויות שמורות לגלובס 2026", "to" glued to the name), a trail from the home link "ראשי", a writer's
 * hyphenated surname beside the stamp ("איתי פת-יה | 07/12/26 12:05"), a masthead with a brand's "!" ("וואלה!") over the
 * site's desk ("מערכת וואלה! כסף"), and the buttons and prompts of Hebrew pages, which glue their prepositions on.
 */
class HebrewPagesShapesTest {
    private static final String STORY = "הבורסה בתל אביב ננעלה היום בעליות שערים, כשמדד ת\"א 35 עלה ב-1.4%.\n\n"
            + "מחזור המסחר הסתכם ב-2.3 מיליארד שקל.\n\n";

    @Test
    void shouldTakeTheHolderOfAHebrewCopyrightAndTheSectionAfterTheHomeLink() {
        Article a = parse("ראשי > היי-טק > סטארט-אפים\nסטארט-אפ ישראלי נמכר ב-400 מיליון דולר\nמאת שרון קדמי\n07/12/2026 08:30\n\n" + STORY
                + "© כל הזכויות שמורות לגלובס 2026\n");
        assertThat(a.getSource()).isEqualTo("גלובס");
        assertThat(a.getSection()).isEqualTo("היי-טק");
    }

    @Test
    void shouldReadAHyphenatedSurnameBesideTheStamp() {
        Article a = parse("הדולר נחלש מול השקל\nאיתי פת-יה | 07/12/26 12:05\nהאזינו לכתבה\n00:00 / 02:15\n\n" + STORY);
        assertThat(a.getAuthors()).containsExactly("איתי פת-יה");
        assertThat(a.getLead()).startsWith("הבורסה");
    }

    @Test
    void shouldReadAMastheadWithABrandsMarkOverTheSitesDesk() {
        Article a = parse("וואלה!\nחדשות  כסף  ספורט  תרבות  בריאות  רכב\nכסף\nרשת המזון הגדולה בישראל תעלה מחירים בינואר\n"
                + "מערכת וואלה! כסף\n07/12/2026 09:48\n\n" + STORY);
        assertThat(a.getSource()).isEqualTo("וואלה!");
        assertThat(a.getTitle()).isEqualTo("רשת המזון הגדולה בישראל תעלה מחירים בינואר");
        assertThat(a.getAuthors()).isEmpty();
        assertThat(allText(a)).doesNotContain("מערכת");
    }

    @Test
    void shouldDropHebrewButtonsPromptsAndRelatedStories() {
        Article a = parse("מחירי הדירות עלו ב-5% בשנה האחרונה\nחן מענית\n07/12/2026 11:20\nשתפו בוואטסאפ\nלקריאת הכתבה בנגישות מלאה\n\n" + STORY
                + "אין לראות באמור המלצה לביצוע פעולות בניירות ערך.\n\nלכתבה זו הגיבו 3 משתמשים\n\nלהצטרפות לניוזלטר של TheMarker\n\n"
                + "לכל העדכונים: הצטרפו לערוץ N12 בוואטסאפ\n\nקישור הועתק\n\nלכל הכתבות בנושא כלכלה\n\nכתבות נוספות\n"
                + "הבנקים מעלים את הריבית על הפיקדונות\n");
        assertThat(allText(a)).contains("מחזור המסחר")
                .doesNotContain("שתפו", "בנגישות", "אין לראות", "הגיבו", "ניוזלטר", "הצטרפו", "הועתק", "לכל הכתבות", "הבנקים מעלים");
    }

    @Test
    void shouldKeepSentencesThatHoldAButtonsWordsInAScriptWithoutCapitals() {
        // (the buttons' patterns once read Hebrew and Japanese letters as marks, as Java's \W does, and dropped such sentences)
        Article a = parse("הממשלה מאריכה את ההתייעצות\nחן מענית\n07/12/2026 11:20\n\n" + STORY
                + "הממשלה הודיעה כי לתגובות הציבור יוקצו שבועיים נוספים.\n\nהשר אמר כי קישור הועתק בטעות למסמך.\n\n"
                + "社長は「この記事は有料会員限定です」と述べた。\n");
        assertThat(allText(a)).contains("לתגובות הציבור", "קישור הועתק בטעות", "社長は");
    }
}
