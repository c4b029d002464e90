package io.newsflow.app.testing;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The random strings and bytes of {@link FuzzInputs}: text in many scripts (with zero-width and
 * control characters), words of it, JSON string literals, binary junk and truncated inputs. Every
 * draw comes from the one seeded {@link Random} the inputs share, so the same seed gives the same
 * strings.
 */
final class FuzzStrings {
    private static final String[] SCRIPTS = {"abcdefghijklmnopqrstuvwxyz     ", "ÀÉÎÕÜßçñ øåæ", "абвгдежзийклмн ", "αβγδεζηθ ",
        "的一是不了人我在有他这 ", "العربية ", "עברית ", "😀🔥👍🏽🇫🇷 ", "\u200b\u200d\u202e\ufeff", "\t\r\n\f", "<>&\"'{}[]:,\\/"};

    final Random random;

    FuzzStrings(Random random) {
        this.random = random;
    }

    /** {@code chars} code points, in runs of one script at a time. */
    String text(int chars) {
        StringBuilder sb = new StringBuilder(chars);
        String script = SCRIPTS[random.nextInt(SCRIPTS.length)];
        while (sb.length() < chars) {
            if (random.nextInt(30) == 0) {
                script = SCRIPTS[random.nextInt(SCRIPTS.length)];
            }
            sb.appendCodePoint(script.codePointAt(script.offsetByCodePoints(0, random.nextInt(script.codePointCount(0, script.length())))));
        }
        return sb.toString();
    }

    /** {@code count} words of random text, separated by spaces. */
    String words(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : " ").append(text(2 + random.nextInt(9)).strip().replace("\n", ""));
        }
        return sb.toString();
    }

    /** The text's UTF-8 bytes, half the time cut at a random point (perhaps inside a character). */
    byte[] truncate(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return random.nextBoolean() ? bytes : java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }

    /** {@code length} random bytes. */
    byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** {@code s} as a JSON string literal. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }
}
