package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

import io.newsflow.producer.parse.ArticleDraft;

/**
 * A credit for the page's main picture standing alone on its line, closing or opening the story: "Top photo via LTA",
 * "Cover image: Reuters", "Header photo by Jane Doe", "Featured image courtesy of the council", "[Photo: Fiji Police]".
 * It names the picture's source, never the story's, and is no sentence of the text. So the writer's picture's text
 * ("Headshot of Kate Emery"), and a clip's caption ("AUDIO: Mike Steenhoek, Soy Transportation Coalition").
 */
final class PictureCredits {
    private static final Pattern CREDIT = UnicodeRegex.compile("(?iu)^\\W*(?:top|cover|main|header|featured?|lead|hero)\\s+"
            + "(?:photo|image|picture|pic|photograph)s?\\s*(?::|via|by|from|courtesy(?: of)?|credit:?)\\s*\\S.{0,60}"
            + "|^(?:the )?(?:imagery|images?|photography|photos?|renderings?|visuals?) (?:is|are) (?:courtesy of|by) (?-i:\\p{Lu}).{1,60}$"
            + "|^courtesy of (?-i:\\p{Lu})[\\p{L}\\d&.'’ -]{1,40}$" // a picture's credit alone under the byline: "Courtesy of A24"
            + "|^(?:image|photo|picture|photograph)s?\\s*(?:©|\\(c\\)|copyright)\\s*(?:\\p{Ll}{1,2})?(?-i:\\p{Lu})[\\p{L}\\d&.'’ /-]{1,40}$" // ("Image © iStock")
            + "|^\\W*(?:rubriklistenbild|titelbild|aufmacherbild|vorschaubild)\\s*:\\s*\\S.{0,60}$" // (a German site's list picture)
            // the writer's picture's alternative text over the byline: "Headshot of Kate Emery"
            + "|^(?:headshot|head shot|profile (?:photo|picture|image)|avatar) of (?-i:\\p{Lu})[\\p{L}'’.-]+(?: (?-i:\\p{Lu})[\\p{L}'’.-]+){1,3}$"
            // a clip's caption, its speaker and whom they speak for: "AUDIO: Mike Steenhoek, Soy Transportation Coalition"
            + "|^(?-i:AUDIO|VIDEO)\\s*:\\s*(?-i:\\p{Lu})[\\p{L}.'’ -]{2,40}, (?-i:\\p{Lu})[^.!?]{1,60}$");
    /**
     * The same in square brackets under the stamp: "[Photo: Fiji Police]", "[File photo]", and a picture taken from a
     * social account, "[Source: Ministry of Health/Facebook]" (a bracketed "Source" naming no account may be the story's).
     */
    private static final Pattern BRACKETED = UnicodeRegex.compile("(?iu)^\\[\\s*(?:(?:photo|image|picture|pic|credit)\\s*:\\s*[^\\]]{1,60}"
            + "|file (?:photo|image|picture)|source\\s*:\\s*[^\\]/]{1,50}/\\s*(?:facebook|twitter|x|instagram|youtube|tiktok))\\s*\\]$");

    private PictureCredits() {
    }

    /** Whether the line is such a credit. */
    static boolean matches(String line) {
        return line.length() <= 90 && (CREDIT.matcher(line.strip()).matches() || BRACKETED.matcher(line.strip()).matches());
    }

    /**
     * Line i is a bare name closing the stamp's block once the byline named the writer ("By Julia Waldow" / "December 6,
     * 2026" / "Ivy Liu" / the text): the picture's credit, its caption lost in the scrape, never the story's lead.
     */
    static boolean underStamp(PageLines lines, int i, ArticleDraft draft) {
        String text = lines.get(i).strip();
        return i > 0 && lines.sameBlock(i - 1, i) && (i + 1 >= lines.size() || !lines.sameBlock(i, i + 1)) && !draft.authors.isEmpty()
                && MetaDateLine.parse(lines.get(i - 1)).isPresent() && PersonNames.isName(text) && !draft.authors.contains(text);
    }
}
