package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.producer.parse.ArticleDraft;

/**
 * A press release's or a wire's end mark ("###", "-30-", "- ENDS -", "(END)", "==Kyodo") closes its text: what follows is the notes to editors, the
 * company's boilerplate and the media contact, none of it the story. The boilerplate's first sentence names the
 * issuer ("Notes to editors" / "Northgate Water supplies 1.4 million customers ..."), which the story named too.
 */
final class PressReleaseEnds {

    /**
     * "###", "-30-", "- ENDS -", and a wire's "(END)" (Yonhap's, "(끝)" in Korean), "Enditem/ASG" (CNA's, with its editor's initials) or
     * "==Kyodo" (its name after two equals signs).
     */
    private static final Pattern END_MARK = Pattern.compile("(?i)^\\s*(?:#{3}|-\\s*30\\s*-|[-–—]*\\s*ends?\\s*[-–—]*|\\(end\\)|\\(끝\\)|enditem(?:\\s*/\\s*\\p{L}{2,6})?|={2,}\\s*\\p{L}{2,20}(?: \\p{L}{2,20}){0,2})\\s*$");
    /** The boilerplate's heading: "Notes to editors", "About Northgate Water", "À propos de ...", "Über ...". */
    private static final Pattern NOTES = Pattern.compile("(?iu)^\\W*(?:notes? to (?:the )?editors?|about (?:the )?.{2,60}|"
            + "à propos (?:de |d['’]).{2,60}|über .{2,60}|acerca de .{2,60}|sobre .{2,60}|over .{2,60})\\W*$");
    /** The name opening a boilerplate sentence: two to five capitalised words before the first lower-case one. */
    private static final Pattern OPENING_NAME = Pattern.compile("^(?:The\\s+)?(\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\d&'’.-]*){1,4})\\s+\\p{Ll}");

    private PressReleaseEnds() {
    }

    /** The line is an end mark, and a story stands before it. */
    static boolean closes(String line, List<String> content) {
        return !content.isEmpty() && END_MARK.matcher(line).matches();
    }

    /** Reads the issuer from the notes after the end mark at line {@code end}: the name the story named too. */
    static void readNotes(PageLines lines, int end, List<String> content, ArticleDraft draft) {
        String story = String.join("\n", content);
        for (int i = end + 1; i + 1 < lines.size(); i++) {
            if (!NOTES.matcher(lines.get(i)).matches()) {
                continue;
            }
            Matcher name = OPENING_NAME.matcher(lines.get(i + 1).strip());
            if (name.find() && story.contains(name.group(1)) && Outlets.looksLikeOutlet(name.group(1))) {
                draft.offerSource(name.group(1), TextArticleParser.SIGNATURE);
                return;
            }
        }
    }
}
