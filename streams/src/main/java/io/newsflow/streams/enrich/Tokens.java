package io.newsflow.streams.enrich;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The words of one paragraph as parallel arrays: each word's memoised {@link Word}, its offsets
 * and its sentence/clause marks. A news paragraph has dozens of words and an article a thousand,
 * and every step walks them: arrays cost one allocation each instead of one object per word, and
 * a step reads a word's flags with one pointer hop instead of two. The steps read the arrays
 * through {@link #word}, {@link #start}, {@link #end} and {@link #initial}; the {@code List<Token>}
 * view makes a {@link Token} on demand for the rest. Immutable.
 */
public final class Tokens extends AbstractList<Token> implements RandomAccess {

    private static final byte SENTENCE_START = 1;
    private static final byte CLAUSE_START = 2;
    static final Tokens EMPTY = new Tokens(new Word[0], new int[0], new int[0], new byte[0], 0, 0);

    private final Word[] words;
    private final int[] starts;
    private final int[] ends;
    private final byte[] marks;
    private final int size;
    /** The union of the words' {@link Word#gazetteer()} flags: a step looking for rare words skips the paragraph. */
    private final int gazetteerFlags;

    private Tokens(Word[] words, int[] starts, int[] ends, byte[] marks, int size, int gazetteerFlags) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.marks = marks;
        this.size = size;
        this.gazetteerFlags = gazetteerFlags;
    }

    /** Whether any word has any of the {@link Gazetteer} flag bits. */
    boolean anyHas(int bits) {
        return (gazetteerFlags & bits) != 0;
    }

    /** Words from..to-1 in lower case, joined by single spaces: a gazetteer key ("north sea"). */
    String lowers(int from, int to) {
        return join(from, to, true);
    }

    /** Words from..to-1 as the text spells them, joined by single spaces ("North Sea"). */
    String surfaces(int from, int to) {
        return join(from, to, false);
    }

    private String join(int from, int to, boolean lowerCase) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(lowerCase ? words[k].lower() : words[k].surface());
        }
        return sb.toString();
    }

    /**
     * An initial or a name's abbreviation, its full stop and space, then a capitalised word: one name
     * ({@link DottedNames}: "Jerome H. Powell", "St. Lawrence River", "A.P. Moller-Maersk").
     */
    boolean dottedInName(String text, int a, int b) {
        return DottedNames.inName(text, this, a, b);
    }

    /** "US$ 111 billion", "A$5m", "HK$": word i is a dollar's country prefix, part of an amount and no place. */
    boolean currencyPrefix(String text, int i) {
        int end = ends[i];
        return end < text.length() && text.charAt(end) == '$' && words[i].length() <= 2;
    }

    /** The memoised word of token i. */
    Word word(int i) {
        return words[i];
    }

    /** Offset of token i's first character in the paragraph. */
    int start(int i) {
        return starts[i];
    }

    /** Offset just after token i's last character. */
    int end(int i) {
        return ends[i];
    }

    /** Token i opens a sentence. */
    boolean sentenceStart(int i) {
        return (marks[i] & SENTENCE_START) != 0;
    }

    /** Token i opens a sentence or a clause, where any word is capitalised. */
    boolean initial(int i) {
        return marks[i] != 0;
    }

    @Override
    public Token get(int i) {
        Objects.checkIndex(i, size);
        return new Token(words[i].surface(), words[i], starts[i], ends[i],
                (marks[i] & SENTENCE_START) != 0, (marks[i] & CLAUSE_START) != 0);
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Collects one paragraph's tokens into fresh arrays sized from the text's length (a word and
     * its separator take two characters or more), grown if ever needed; they become the
     * {@link Tokens} as they are. Fresh arrays rather than reused scratch: storing a reference into
     * a young array is cheap for the garbage collector's write barrier, into an old one it is not.
     */
    static final class Builder {
        private Word[] words;
        private int[] starts;
        private int[] ends;
        private byte[] marks;
        private int size;
        private int gazetteerFlags;

        Builder(int textLength) {
            int capacity = Math.max(4, Math.min(textLength / 4 + 4, 4096));
            words = new Word[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
            marks = new byte[capacity];
        }

        void add(Word word, int start, int end, boolean sentenceStart, boolean clauseStart) {
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                marks = Arrays.copyOf(marks, size * 2);
            }
            words[size] = word;
            // "the Spaniard's hopes": a possessive's stem counts too (rare, and memoised on the word)
            gazetteerFlags |= word.possessive() ? word.gazetteer() | word.withoutPossessive().gazetteer() : word.gazetteer();
            starts[size] = start;
            ends[size] = end;
            marks[size++] = (byte) ((sentenceStart ? SENTENCE_START : 0) | (clauseStart ? CLAUSE_START : 0));
        }

        boolean isEmpty() {
            return size == 0;
        }

        Word last() {
            return words[size - 1];
        }

        /**
         * "LAGOS —", "SAN FRANCISCO —", "TOLEDO, Ohio —": the paragraph so far is a wire's place in
         * capitals (at most three words), perhaps followed by its state or country (four words in all).
         */
        boolean onlyCapitalsPlace() {
            if (size == 0 || size > 4 || !words[0].hasClass(Word.ALL_CAPS) || words[0].length() < 2) {
                return false;
            }
            boolean capitals = true;
            for (int k = 1; k < size; k++) {
                capitals &= words[k].hasClass(Word.ALL_CAPS) && words[k].length() >= 2;
                if (!words[k].capitalised() || capitals && k == 3) {
                    return false; // a lower-case word, or four words in capitals: not a dateline's place
                }
            }
            return true;
        }

        /** "03 DIC": the last word is a month and the one before it a day's number. */
        boolean endsWithDayAndMonth() {
            return size >= 2 && words[size - 1].has(Gazetteer.CALENDAR) && isNumber(words[size - 2].surface());
        }

        private static boolean isNumber(String s) {
            for (int k = 0; k < s.length(); k++) {
                if (!Character.isDigit(s.charAt(k))) {
                    return false;
                }
            }
            return !s.isEmpty();
        }

        Tokens build() {
            return size == 0 ? EMPTY : new Tokens(words, starts, ends, marks, size, gazetteerFlags);
        }
    }
}
