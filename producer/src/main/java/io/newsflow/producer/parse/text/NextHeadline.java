package io.newsflow.producer.parse.text;

import io.newsflow.avro.ArticleType;

/**
 * Whether a headline follows a label ({@link CrumbTrails}' crumbs and roots over the headline): its shape and length, a
 * short one told by the byline or the stamp under it.
 */
final class NextHeadline {

    private NextHeadline() {
    }

    /**
     * The first line after line i that is no furniture is a headline of four words or more (or of two or more over a
     * byline or a stamp); a type's label alone in its block may stand between ("Meinung & Debatte" / "Gastkommentar" /
     * the headline).
     */
    static boolean after(PageLines lines, int i) {
        int next = lines.nextNonJunk(i + 1);
        ArticleType type = next < lines.size() ? ArticleTypes.fromLabel(lines.get(next).strip()) : ArticleType.UNKNOWN;
        if (type != ArticleType.UNKNOWN && type != ArticleType.NEWS && next + 1 < lines.size() && !lines.sameBlock(next, next + 1)) {
            next = lines.nextNonJunk(next + 1);
        }
        return next < lines.size() && Headlines.isTitleLike(lines.get(next))
                && (isLongEnough(lines.get(next)) || Headlines.words(lines.get(next)) >= 2 && bylineOrStampUnder(lines, next));
    }

    /** A byline or a date stamp right under line i: a short headline is one ("ޑޮލަރުގެ އަގު ދަށަށް" / "ލިޔުނީ: ..." / the date). */
    private static boolean bylineOrStampUnder(PageLines lines, int i) {
        int under = lines.nextNonJunk(i + 1);
        return under < lines.size() && (BylineDetector.standalone(lines.get(under)).isPresent() || MetaDateLine.parse(lines.get(under)).isPresent());
    }

    /** A headline's length: four words, or fewer long ones, as a language that glues its words writes it (Greenlandic). */
    private static final int HEADLINE_WORDS = 4;
    private static final int FEW_WORDS_HEADLINE_CHARS = 30;

    static boolean isLongEnough(String line) {
        int words = Headlines.words(line);
        return words >= HEADLINE_WORDS || words >= 2 && line.strip().length() >= FEW_WORDS_HEADLINE_CHARS;
    }
}
