package io.newsflow.streams.enrich;

/**
 * What the word memo ({@link WordCache}) compares to find a {@link Word} straight from the
 * characters of a text: the surface form, its hash, its length and its chars packed into two longs.
 *
 * <p>It is {@link Word}'s superclass, not a field of it, on purpose: the probe for every token reads
 * these fields from the cached word itself, with no second object to load. Only {@link Word}
 * extends it.
 */
abstract sealed class SurfaceForm permits Word {

    private final String surface;
    private final int hash;
    /**
     * The surface's first eight chars and the next eight, 8 bits each, when it has at most 16
     * chars all below U+0100 ({@code packable}): such words are compared without loading the surface.
     */
    private final long packed;
    private final long packed2;
    private final boolean packable;
    private final int length;

    SurfaceForm(String surface, int hash, long packed, long packed2, boolean packable) {
        this.surface = surface;
        this.hash = hash;
        this.packed = packed;
        this.packed2 = packed2;
        this.packable = packable;
        this.length = surface.length();
    }

    /**
     * Hash, length and packed chars first: words of up to 16 Latin-1 chars (nearly all) are
     * decided without loading the surface string (a cache miss per token, the tokenizer's largest cost).
     */
    final boolean is(int h, long packed, long packed2, boolean packable, String text, int from, int length) {
        if (hash != h || this.length != length || this.packed != packed || this.packed2 != packed2) {
            return false;
        }
        return packable && this.packable || text.regionMatches(from, surface, 0, length);
    }

    /** The surface form's length in chars (read without loading the string). */
    final int length() {
        return length;
    }

    /** {@link String#hashCode()} of the surface form. */
    final int hash() {
        return hash;
    }

    /** The surface form, exactly as in the text. */
    final String surface() {
        return surface;
    }
}
