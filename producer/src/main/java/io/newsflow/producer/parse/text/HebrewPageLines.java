package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * Furniture of Hebrew pages, each line a button or a prompt with the site's or a network's name in it, which no vocabulary
 * of whole lines holds (Hebrew glues its prepositions to the next word, so "share on WhatsApp" is "שתפו בוואטסאפ"): share
 * buttons, a prompt to join the site's channel or newsletter ("הצטרפו לערוץ הטלגרם של ישראל היום"), the comments' count and
 * button, a read-aloud button, an accessibility link, "link copied", a link to all the stories on a topic ("לכל הכתבות
 * בנושא כלכלה") and a financial site's disclaimer ("אין לראות באמור המלצה ..."). Used by {@link JunkLineDetector}.
 */
final class HebrewPageLines {
    // (through UnicodeRegex: Java's own \W is ASCII's and would take Hebrew letters for marks, and a sentence holding
    // "לתגובות" or "קישור הועתק" anywhere for the whole line's furniture)
    private static final Pattern FURNITURE = UnicodeRegex.compile("^\\W*(?:"
            // "share" (plural or singular), perhaps "the story", perhaps on a network: "שתפו בפייסבוק", "שתף את הכתבה"
            + "(?:שתפו|שתף|שיתוף)(?: את הכתבה)?(?: ב[\\p{L}\\d]+)?"
            // "follow us on ...", "join the channel ... of ...", perhaps after a label: "לכל העדכונים: הצטרפו לערוץ N12 בוואטסאפ"
            + "|(?:[^:]{1,30}:\\s*)?(?:עקבו אחרינו|הצטרפו|הצטרפות) (?:ל|אל )?(?:ערוץ|קבוצת|קהילת|עמוד).{0,60}"
            // "to join the newsletter of ...", "sign up for updates"
            + "|(?:להצטרפות|הצטרפו|הירשמו|הרשמו|להרשמה) ל(?:ניוזלטר|עדכונים|דיוור).{0,60}"
            // the comments: "לכתבה זו הגיבו 3 משתמשים", "הוספת תגובה", "12 תגובות", "לתגובות"
            + "|לכתבה זו (?:הגיבו|הגיב) \\d+ (?:משתמשים|גולשים)|הוספת תגובה|הוסיפו תגובה|לתגובות|\\d+ תגובות"
            // read aloud, read accessibly, the link copied, all the stories on a topic or by a writer
            + "|(?:האזינו|האזנה|להאזנה) לכתבה|לקריאת הכתבה בנגישות.{0,20}|הקישור הועתק|קישור הועתק|לכל הכתבות (?:בנושא|של|במדור) .{1,40}"
            // a financial site's disclaimer: "nothing said here is a recommendation (or advice) to trade in securities"
            + "|אין לראות באמור (?:המלצה|ייעוץ|תחליף).{0,120}"
            + ")\\W*$");
    /** Longer than this, a line is a paragraph, whatever it holds. */
    private static final int MAX_CHARS = 160;

    private HebrewPageLines() {
    }

    /** Whether the whole line is such furniture. */
    static boolean matches(String line) {
        String text = line.strip();
        return text.length() <= MAX_CHARS && FURNITURE.matcher(text).matches();
    }
}
