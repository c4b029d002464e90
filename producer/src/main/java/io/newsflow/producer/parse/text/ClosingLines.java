package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.producer.parse.ArticleDraft;

/**
 * The lines that close a text and name who wrote or published it: a letter or column signed with
 * the writer's name over a place or outlet ("Margaret Hill" / "Cardiff"), or a bare signature
 * ({@code Portline.Info}, {@code Le Monde avec AFP}, {@code dpa/AFP}) read by {@link SignatureDetector};
 * the closing notes on the writer are {@link WriterNotes}'.
 */
final class ClosingLines {
    private static final Pattern SHORT_PLACE_OR_OUTLET = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ ,]+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}");

    /** The outlet's initials closing its last paragraph, after the sentence: "... floated last year. AS". */
    private static final Pattern TRAILING_INITIALS = Pattern.compile("(?<=[.!?\"”’])\\s+(\\p{Lu}{2,4})$");
    /** The outlet's initials in brackets on the last line: "(ST)". */
    private static final Pattern BRACKETED_INITIALS = Pattern.compile("\\((\\p{Lu}{2,5})\\)");
    /** The paper's name and an editor's initials after a slash: "Bangladesh Post/SR". */
    private static final Pattern OUTLET_AND_EDITOR = Pattern.compile("(\\p{Lu}[\\p{L}.&' -]{1,40}?)\\s*/\\s*\\p{Lu}{2,4}");
    /** The dash a signature may open with: "— ONA". */
    private static final Pattern LEADING_DASH = Pattern.compile("^[—–-]\\s*");
    /** A sentence's end, a dash and a short name closing the line: the outlet signing the story. */
    private static final Pattern TRAILING_SIGNATURE = Pattern.compile("(?<=[.!?\"”’])\\s+[—–]\\s*(\\p{Lu}[^!?—–\"“”]{1,60})$");

    private ClosingLines() {
    }

    /**
     * "Rugby Desk", "City Newsdesk": a desk's signature, which names no outlet; "责任编辑：李华": a Chinese page's editor
     * in charge, who wrote nothing of it.
     */
    private static final Pattern DESK_LINE = Pattern.compile("^(?:\\p{Lu}[\\p{L}&-]*\\s+){0,3}(?:Desk|Newsdesk|Newsroom)$"
            + "|^(?:责任编辑|責任編輯)\\s*[：:]\\s*\\S{1,12}$"
            // the Baltic broadcasters' editor, named at the page's end: "Toimetaja: Karin Koppel", "Redaktors: Jānis Ozols"
            + "|^(?:Toimetaja|Redaktors|Redaktore|Redaktorius|Redaktorė)\\s*:\\s*\\p{Lu}[\\p{L}\\p{M}'’. -]{1,40}$");
    /** "— Sara Mendez, The Willamette Courier": a dash, the writer's name, a comma and the outlet. */
    private static final Pattern WRITER_AND_OUTLET = Pattern.compile(
            "^[—–-]+\\s*(\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){1,3}),\\s*(\\p{Lu}[\\p{L}\\d.&'’ -]{1,40})$");

    /**
     * "... before 2030. — The Baltic Courier": a one-paragraph story signed at its end, after a
     * sentence and a dash, on the same line. The signature is the source and leaves the text.
     */
    private static void signatureEndingParagraph(ArticleDraft draft, List<String> content) {
        String last = content.get(content.size() - 1).strip();
        Matcher initials = TRAILING_INITIALS.matcher(last);
        if (initials.find() && OutletInitials.spell(initials.group(1), draft.source)) {
            content.set(content.size() - 1, last.substring(0, initials.start()).strip()); // "... last year. AS": Addis Standard's mark
            return;
        }
        Matcher tail = TRAILING_SIGNATURE.matcher(last);
        if (!tail.find()) {
            return;
        }
        Optional<String> outlet = SignatureDetector.signature(tail.group(1));
        if (outlet.isPresent()) {
            content.set(content.size() - 1, last.substring(0, tail.start()).strip());
            draft.offerSource(outlet.get(), TextArticleParser.SIGNATURE);
        }
    }

    /** "—VBL, GMA Integrated News": an editor's initials after a dash, then the newsroom. */
    private static final Pattern EDITOR_AND_NEWSROOM = Pattern.compile("^[—–-]\\s*\\p{Lu}{2,4}(?:/\\p{Lu}{2,4})*,\\s*(\\p{Lu}[\\p{L}.&' -]{1,40})$");

    /** Reads and removes the closing signature lines of {@code content} (the text after the headline). */
    static void take(ArticleDraft draft, List<String> content) {
        while (content.size() >= 2 && (ContactLines.isWritersAddress(content.get(content.size() - 1))
                || NewsletterPrompts.namesOwnNewsletter(content.get(content.size() - 1), draft.source))) {
            content.remove(content.size() - 1); // the writer's contact (address, handle), the site's newsletter's name ("Dezeen Daily")
        }
        if (content.size() >= 2 && draft.title != null && CrumbTrails.echoesTitle(content.get(content.size() - 1), draft.title)) {
            content.remove(content.size() - 1); // "\"Caribbean Airlines adds ...\"": a comment box's title, the headline quoted
        }
        if (content.size() < 2) {
            if (content.size() == 1) {
                signatureEndingParagraph(draft, content); // a story of one paragraph
            }
            return;
        }
        String last = content.get(content.size() - 1);
        // a letter or column signed with the writer's name over a place or outlet ("Margaret Hill" / "Cardiff")
        String penultimate = content.get(content.size() - 2).strip();
        if (content.size() >= 4 && PersonNames.isBareNameList(penultimate) && SHORT_PLACE_OR_OUTLET.matcher(last.strip()).matches()) {
            List<String> story = content.subList(0, content.size() - 2);
            if (saidInTheStory(penultimate, story) && saidInTheStory(last.strip(), story)) { // "Metro Railway" / "East-West Metro"
                content.subList(content.size() - 2, content.size()).clear(); // under a story about them: topics' links, no signature
                return;
            }
            if (draft.authors.isEmpty()) {
                PersonNames.split(penultimate).forEach(draft::addAuthor);
            }
            if (Outlets.hasOutletWord(last)) {
                draft.offerSource(last.strip(), TextArticleParser.SIGNATURE);
            }
            content.subList(content.size() - 2, content.size()).clear();
            return;
        }
        if (draft.source != null && last.strip().matches("(?iu)" + Pattern.quote(draft.source) + " is (?:a )?(?:part|member|unit) of \\S.{0,80}")) {
            content.remove(content.size() - 1); // "EdSurge is a part of ISTE+ASCD.": the outlet says whose it is
            return;
        }
        Matcher editorMark = OUTLET_AND_EDITOR.matcher(last.strip());
        if (editorMark.matches() && editorMark.group(1).equalsIgnoreCase(draft.source)) {
            content.remove(content.size() - 1); // "Bangladesh Post/SR": the paper's name and its editor's initials
            return;
        }
        Matcher bracketed = BRACKETED_INITIALS.matcher(last.strip());
        if (bracketed.matches() && (OutletInitials.spell(bracketed.group(1), draft.source) || !draft.authors.isEmpty()
                && SignatureDetector.agencyCredit(bracketed.group(1)).isEmpty()) || namedWithNote(last, draft.source) || namedInQuotes(last, draft.source)) {
            // "(ST)" closing a Sudan Tribune story, "Novinite.com (Sofia News Agency - ...)": the outlet's own mark; "... avec l'OPT";
            // under a writer's byline, an editor's initials ("(KAS)", as SunStar closes its stories), no agency's
            content.remove(content.size() - 1);
            return;
        }
        if (DESK_LINE.matcher(last.strip()).matches()) {
            content.remove(content.size() - 1); // "Rugby Desk": a desk signs, no outlet is named
            return;
        }
        Matcher editor = EDITOR_AND_NEWSROOM.matcher(last.strip());
        if (editor.matches()) { // "—VBL, GMA Integrated News": the editor's initials and the newsroom
            draft.offerSource(editor.group(1), TextArticleParser.SIGNATURE);
            content.remove(content.size() - 1);
            return;
        }
        String shouted = NameCase.isShouted(last.strip()) ? NameCase.natural(last.strip()) : "";
        if (content.size() >= 3 && draft.authors.isEmpty() && PersonNames.isBareNameList(shouted)) {
            PersonNames.split(shouted).forEach(draft::addAuthor); // "NGỌC HIỂN": the writer signs in capitals, as Vietnamese papers do
            content.remove(content.size() - 1);
            return;
        }
        Matcher signed = WRITER_AND_OUTLET.matcher(last.strip());
        if (signed.matches() && PersonNames.isName(signed.group(1)) && Outlets.looksLikeOutlet(signed.group(2))) {
            if (draft.authors.isEmpty()) { // "— Sara Mendez, The Willamette Courier": the writer and the outlet
                draft.addAuthor(NameCase.natural(signed.group(1)));
            }
            draft.offerSource(signed.group(2).strip(), TextArticleParser.SIGNATURE);
            content.remove(content.size() - 1);
            return;
        }
        Optional<String> outlet = SignatureDetector.signature(last);
        if (outlet.isEmpty()) {
            signatureEndingParagraph(draft, content);
            return;
        }
        content.remove(content.size() - 1);
        if (Outlets.isCaseless(outlet.get())) {
            return; // a caseless closing phrase ("გააზიარე", "הדפס", "شيئر ڪريو") is a button's as often as a name: no writer, no outlet
        }
        // a closing person's name signs the piece only when no byline named the author
        if (draft.authors.isEmpty() && PersonNames.isName(outlet.get())) {
            draft.addAuthor(NameCase.natural(outlet.get()));
        } else {
            // "BUSINESS REPORT" closing a story on IOL: a paper of the group credited in capitals, the copy's origin, over the
            // portal's masthead, as an agency's credit is ("— ONA", "— AFP")
            boolean titleCredit = NameCase.isShouted(last.strip()) && last.strip().contains(" ") && Outlets.hasOutletWord(last)
                    || SignatureDetector.agencyCredit(LEADING_DASH.matcher(last.strip()).replaceFirst("")).isPresent();
            // "via MTI" names the copy's origin outright: over a byline that only names the site ("Hungary Today")
            draft.offerSource(outlet.get(), CreditLines.viaAgency(last).isPresent() ? TextArticleParser.BYLINE + 5
                    : titleCredit ? TextArticleParser.COPYRIGHT : TextArticleParser.SIGNATURE);
        }
    }

    /** Whether the closing line's words are a phrase of one of the story's paragraphs, a topic's link closing it. */
    private static boolean saidInTheStory(String line, List<String> content) {
        return line.length() >= 4 && content.stream().anyMatch(l -> l.length() > line.length() + 20
                && UnicodeRegex.compile("\\b" + Pattern.quote(line) + "\\b").matcher(l).find());
    }

    /** "«Ёлдаш» газет", "Газета «Ёлдаш»": the paper's name in quotation marks and the word for what it is, its signature. */
    private static boolean namedInQuotes(String line, String source) {
        return source != null && line.strip().matches("(?iu)(?:\\p{L}{3,12}\\s+)?[«„“\"]" + Pattern.quote(source) + "[»“”\"](?:\\s+\\p{L}{3,12})?");
    }

    /**
     * "Novinite.com (Sofia News Agency - www.novinite.com)": the outlet's name with a note in brackets, its signature; or
     * with whose material it wrote the story ("Outremers360 avec l'OPT").
     */
    private static boolean namedWithNote(String line, String source) {
        String text = line.strip();
        return source != null && text.length() > source.length() && text.regionMatches(true, 0, source, 0, source.length())
                && text.substring(source.length()).matches("\\s*\\([^()]{2,80}\\)|\\s+(?:avec|with|mit|con|com|met)\\s+[\\p{L}'’ .-]{2,40}");
    }
}
