package io.newsflow.producer.parse.text;

/**
 * Digits of other scripts written as ASCII ones, for the date rules, which read ASCII digits: Bengali "২ ডিসেম্বর ২০২৫",
 * Devanagari "२०२५", Arabic-Indic "٢٠٢٥" and Persian "۲۰۲۵", Thai "๒๕๖๘". Each such digit is one char, as its ASCII
 * one is, so every position in the text stays where it was.
 */
final class NativeDigits {

    private static final int ASCII_END = 128;

    private NativeDigits() {
    }

    /** The text with every decimal digit of another script as its ASCII digit; the text itself when it has none. */
    static String ascii(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ASCII_END && Character.isDigit(c)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) ('0' + Character.digit(c, 10));
            }
        }
        return chars == null ? text : new String(chars);
    }
}
