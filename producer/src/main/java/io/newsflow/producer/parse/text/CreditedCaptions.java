package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * A picture's credit with the caption under it, two lines a scraper keeps from the picture: a library's credit over a
 * caption without a full stop ("Getty Images" / "Felixstowe handles almost half of the UK's container trade"), or a
 * labelled credit over a caption of one short sentence, the two alone in their block ("Photo: Jacques Boissinot La
 * Presse canadienne" / "Les travaux préparatoires sur le boulevard René-Lévesque, en octobre dernier."). Neither line
 * is the story's. And a caption closed by its credit in brackets, the last line of the header's block under the byline
 * or stamp ("The justices will hear the case in the spring. (Katie Barlow)").
 */
final class CreditedCaptions {
    /** A caption is a sentence or two: a library's picture's, or a video's ({@link FurnitureBlocks}). */
    static final int MAX_CAPTION_WORDS = 30;
    /**
     * A caption under a labelled credit is one short sentence; the story's first paragraph, which a credit may stand
     * over in a block of its own, is longer.
     */
    private static final int MAX_SENTENCE_CAPTION_WORDS = 20;
    private static final Pattern SENTENCE_END = UnicodeRegex.compile("[.!?:\"”»]$");
    /** "Photo: Jacques Boissinot La Presse canadienne", "Foto: APA/Hochmuth": a credit and its label, the whole line. */
    private static final Pattern LABELLED_CREDIT = UnicodeRegex.compile("(?iu)^\\W*(?:photo|foto|bild|image|picture|photograph|"
            + "photo credit|crédit photo|fotografía|fotografia|zdjęcie)\\s*:\\s*(?-i:\\p{Lu})[^.!?:]{1,60}$");

    /** "The justices will hear the case in the spring. (Katie Barlow)": a caption's sentence, its credit in brackets after it. */
    private static final Pattern BRACKETED_CREDIT = UnicodeRegex.compile("^\\p{Lu}.{10,300}[.!?]\\s*\\(\\p{Lu}[\\p{L}.&'’-]*(?:\\s+[\\p{L}.&'’-]+){0,4}\\)$");

    private CreditedCaptions() {
    }

    /** The index of the caption's line when line {@code i} is a picture's credit over its caption; else -1. */
    static int end(PageLines lines, int i) {
        if (i + 1 >= lines.size()) {
            return -1;
        }
        String line = lines.get(i);
        if (closesHeader(lines, i) && BRACKETED_CREDIT.matcher(line.strip()).matches()) {
            return i; // (a caption and its credit under the byline or stamp, the header's last line: the picture's)
        }
        String next = lines.get(i + 1).strip();
        if (JunkLineDetector.isLibraryCredit(line) && !next.isEmpty() && words(next) <= MAX_CAPTION_WORDS
                && !SENTENCE_END.matcher(next).find()) {
            return i + 1;
        }
        boolean aloneInBlock = lines.sameBlock(i, i + 1) && (i == 0 || !lines.sameBlock(i - 1, i))
                && (i + 2 >= lines.size() || !lines.sameBlock(i + 1, i + 2));
        return aloneInBlock && LABELLED_CREDIT.matcher(line.strip()).matches() && !next.isEmpty()
                && words(next) <= MAX_SENTENCE_CAPTION_WORDS ? i + 1 : -1;
    }

    /** Line i closes its block under a byline or a stamp in it. */
    private static boolean closesHeader(PageLines lines, int i) {
        String above = i > 0 && lines.sameBlock(i - 1, i) && !lines.sameBlock(i, i + 1) ? lines.get(i - 1) : "";
        return !above.isEmpty() && (BylineDetector.standalone(above).isPresent() || MetaDateLine.parse(above).isPresent());
    }

    /** The words of a stripped line, as spaces part them. */
    static int words(String text) {
        return text.split("\\s+").length;
    }
}
