package io.newsflow.streams.fingerprint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces an article body to the canonical text that fingerprints are computed from: Unicode NFKC,
 * every quote mark removed (so curly, straight, single and double quoting all compare equal), dashes
 * unified, case folded, whitespace collapsed, and wrapper junk lines that survived parsing dropped.
 *
 * <p>Paragraph boundaries are whitespace too: a reflowed copy (paragraphs merged or split) yields
 * the same canonical text, hence the same content hash. Pure and thread-safe.
 */
public final class BodyNormalizer {

    /** Every character used as a quote mark or apostrophe, straight or typographic. */
    private static final Pattern QUOTES = Pattern.compile("[\"'`\u00B4\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u2033\u00AB\u00BB\u2039\u203A]");
    /** Hyphens and the minus sign: they join words. */
    private static final Pattern HYPHENS = Pattern.compile("[\u2010\u2011\u2212\uFE63\uFF0D]");
    /** Figure, en and em dashes and the horizontal bar: punctuation, however they are spaced. */
    private static final Pattern DASHES = Pattern.compile("\\s*[\u2012\u2013\u2014\u2015\uFE58]\\s*");
    /** A dash used as punctuation (spaced on either side, or doubled) reads the same however it is spaced. */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s*-{2,}\\s*|\\s+-\\s*|\\s*-\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final JunkLines junk;

    /** A normalizer with the default junk-line rules. */
    public BodyNormalizer() {
        this(new JunkLines());
    }

    /** A normalizer with the given junk-line rules. */
    public BodyNormalizer(JunkLines junk) {
        this.junk = junk;
    }

    /**
     * Normalises one piece of text (no junk removal).
     *
     * @param text any text; null is treated as empty
     * @return the canonical form: NFKC, no quotes, unified dashes, lower case, single spaces, trimmed
     */
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = QUOTES.matcher(s).replaceAll("");
        s = HYPHENS.matcher(s).replaceAll("-");
        s = DASHES.matcher(s).replaceAll(" - ");
        s = SPACED_DASH.matcher(s).replaceAll(" - ");
        s = s.toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }

    /**
     * Normalises each block and drops the blank ones and those that are wrapper junk.
     *
     * @param blocks the body blocks in reading order
     * @param source the outlet's name, used to recognise a closing signature line; may be null
     * @return the normalised content blocks, in order
     */
    public List<String> contentBlocks(List<String> blocks, String source) {
        List<String> out = new ArrayList<>(blocks.size());
        String normalizedSource = normalize(source);
        for (int i = 0; i < blocks.size(); i++) {
            String block = normalize(blocks.get(i));
            boolean last = i == blocks.size() - 1;
            if (!block.isEmpty() && !junk.isJunk(block, normalizedSource, last)) {
                out.add(block);
            }
        }
        return out;
    }

    /**
     * The canonical body: the content blocks joined by single spaces.
     *
     * @param blocks the body blocks in reading order
     * @param source the outlet's name, may be null
     * @return the text that the content hash and the shingles are computed from
     */
    public String canonicalBody(List<String> blocks, String source) {
        return String.join(" ", contentBlocks(blocks, source));
    }
}
