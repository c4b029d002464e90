package io.newsflow.producer.parse.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.avro.ArticleType;

import io.newsflow.producer.parse.ArticleDraft;

/**
 * The lines that close a text and name who wrote or published it: a letter or column signed with
 * the writer's name over a place or outlet ("Margaret Hill" / "Cardiff"), or a bare signature
 * ({@code Portline.Info}, {@code Le Monde avec AFP}, {@code dpa/AFP}) read by {@link SignatureDetector};
 * and an opinion piece's closing note on its writer ("Meenakshi Iyer is a research associate at ...").
 */
final class ClosingLines {
    private static final Pattern SHORT_PLACE_OR_OUTLET = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ ,]+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}");

    /** "Meenakshi Iyer is a research associate at ...": a name opening a sentence that presents its holder. */
    private static final Pattern BIO_START = Pattern.compile("^(\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+(?:van|de|der|den|von|da|di|du|la|le|del|dos|"
            + "\\p{Lu}[\\p{L}\\p{M}'’.-]+)){1,4}),?\\s+(?:is|was|has been)\\s+(?:a|an|the)\\s");
    /** "About the University of Bergen": a press release's boilerplate heading, over "The University of Bergen is ...". */
    private static final Pattern ABOUT = Pattern.compile("^About\\s+(?:the\\s+)?(\\p{Lu}.{1,60}?)\\s*$");
    /** A sentence's end, a dash and a short name closing the line: the outlet signing the story. */
    private static final Pattern TRAILING_SIGNATURE = Pattern.compile("(?<=[.!?\"”’])\\s+[—–]\\s*(\\p{Lu}[^!?—–\"“”]{1,60})$");
    /** How far from the end a press release's boilerplate may stand. */
    private static final int ABOUT_WINDOW = 4;
    /** How many closing lines may hold the writer's note (a disclaimer or a signature may follow it). */
    private static final int BIO_WINDOW = 2;

    private ClosingLines() {
    }

    /**
     * The issuer of a press release, from the boilerplate that closes it: "About the University of
     * Bergen" over a paragraph that opens with that name. A weak clue ({@code SIGNATURE}).
     */
    static void issuerFromBoilerplate(ArticleDraft draft, List<String> content) {
        for (int k = content.size() - 2; k >= Math.max(1, content.size() - ABOUT_WINDOW); k--) {
            Matcher about = ABOUT.matcher(content.get(k).strip());
            if (about.matches() && Outlets.looksLikeOutlet(about.group(1))
                    && content.get(k + 1).strip().replaceFirst("^The\\s+", "").startsWith(about.group(1))) {
                draft.offerSource(about.group(1), TextArticleParser.SIGNATURE);
                return;
            }
        }
    }

    /**
     * The writer of an opinion piece that no byline named, from its closing note: op-eds end by
     * presenting their writer. Only in opinion (the page's label, or the note's own disclaimer:
     * "The views expressed are her own"), where a closing "X is a ..." is not news about X.
     */
    static void authorFromBio(ArticleDraft draft, List<String> content) {
        boolean named = !draft.authors.isEmpty();
        for (int k = content.size() - 1; k >= Math.max(1, content.size() - BIO_WINDOW); k--) {
            String line = content.get(k).strip();
            Matcher bio = BIO_START.matcher(line);
            // with a byline, only the note's own words make it opinion ("The views expressed ... are her own")
            boolean opinion = named ? VIEWS_OWN.matcher(line).find() : draft.articleType == ArticleType.OPINION
                    || ArticleTypes.fromDisclaimer(line) == ArticleType.OPINION;
            if (opinion && bio.find() && PersonNames.isName(bio.group(1))) {
                if (!named) {
                    draft.addAuthor(NameCase.natural(bio.group(1)));
                }
                draft.offerType(ArticleType.OPINION);
                return;
            }
        }
    }

    /** A closing note's disclaimer that the piece is its writer's opinion. */
    private static final Pattern VIEWS_OWN = Pattern.compile("(?iu)\\b(?:views?|opinions?) expressed\\b|"
            + "\\b(?:views|opinions) (?:are|is) (?:his|her|their|the author's|the writer's) own\\b");

    /** "Rugby Desk", "City Newsdesk": a desk's signature, which names no outlet. */
    private static final Pattern DESK_LINE = Pattern.compile("^(?:\\p{Lu}[\\p{L}&-]*\\s+){0,3}(?:Desk|Newsdesk|Newsroom)$");
    /** "— Sara Mendez, The Willamette Courier": a dash, the writer's name, a comma and the outlet. */
    private static final Pattern WRITER_AND_OUTLET = Pattern.compile(
            "^[—–-]+\\s*(\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){1,3}),\\s*(\\p{Lu}[\\p{L}\\d.&'’ -]{1,40})$");

    /**
     * "Anna Kowalski covers markets for Capital Street Daily.", "... is a business reporter at The
     * Courier.", "... is health editor of The Midlands Courier.": a journalist's work for the outlet
     * (not "a fellow at the Vienna Institute", an employer).
     */
    private static final Pattern WRITES_FOR = Pattern.compile("^\\s+(?:covers|writes about|writes on|reports on|"
            + "reports|writes|is (?:an? |the )?(?:[\\p{Ll}-]+\\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist))"
            + "(?:\\s+[\\p{Ll} ,-]{1,60}?)?\\s+(?:for|at|of)\\s+(\\p{Lu}[\\p{L}\\d.&'’ -]{1,40}?)\\.?$");

    /**
     * The outlet that the byline's writer names in a closing line of the text, when nothing else
     * named one: "Anna Kowalski covers markets for Capital Street Daily." The line stays in the text.
     */
    static void outletFromBio(ArticleDraft draft, List<String> content) {
        if (draft.source != null || draft.authors.isEmpty()) {
            return;
        }
        for (int k = content.size() - 1; k >= Math.max(1, content.size() - BIO_WINDOW); k--) {
            String line = content.get(k).strip();
            for (String author : draft.authors) {
                if (line.startsWith(author)) {
                    Matcher writes = WRITES_FOR.matcher(line.substring(author.length()));
                    if (writes.matches()) {
                        draft.offerSource(writes.group(1), TextArticleParser.SIGNATURE);
                        return;
                    }
                }
            }
        }
    }

    /**
     * "... before 2030. — The Baltic Courier": a one-paragraph story signed at its end, after a
     * sentence and a dash, on the same line. The signature is the source and leaves the text.
     */
    private static void signatureEndingParagraph(ArticleDraft draft, List<String> content) {
        String last = content.get(content.size() - 1).strip();
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

    /** Reads and removes the closing signature lines of {@code content} (the text after the headline). */
    static void take(ArticleDraft draft, List<String> content) {
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
            if (draft.authors.isEmpty()) {
                PersonNames.split(penultimate).forEach(draft::addAuthor);
            }
            if (Outlets.hasOutletWord(last)) {
                draft.offerSource(last.strip(), TextArticleParser.SIGNATURE);
            }
            content.subList(content.size() - 2, content.size()).clear();
            return;
        }
        if (DESK_LINE.matcher(last.strip()).matches()) {
            content.remove(content.size() - 1); // "Rugby Desk": a desk signs, no outlet is named
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
        // a closing person's name signs the piece only when no byline named the author
        if (draft.authors.isEmpty() && draft.source != null && PersonNames.isName(outlet.get())) {
            draft.addAuthor(NameCase.natural(outlet.get()));
        } else {
            draft.offerSource(outlet.get(), TextArticleParser.SIGNATURE);
        }
    }
}
