package io.newsflow.producer.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.newsflow.avro.RejectionReason;

/**
 * Checks raw bytes before any parser sees them: empty input, binary content (NUL bytes or many
 * control characters in the first 8 KB) and invalid UTF-8 are refused with a reason; otherwise the
 * bytes are decoded strictly, so a wrong encoding is reported instead of becoming mojibake.
 */
public final class InputDecoder {
    private static final int PROBE_BYTES = 8192;
    private static final double MAX_CONTROL_SHARE = 0.05;

    /** Either the decoded text or why it could not be decoded. */
    public record Decoded(String text, RejectionReason failure, String reason) {
        public boolean ok() {
            return failure == null;
        }
    }

    private InputDecoder() {
    }

    /**
     * The charset a part's or a payload's header names, UTF-8 when it names none, one Java lacks or one no charset
     * could be called ("UT<![CDATA[F-8" in a mangled mail: {@link Charset#isSupported} throws on such a name).
     */
    static Charset namedOrUtf8(String name) {
        try {
            return name != null && Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
        } catch (IllegalCharsetNameException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Decodes the bytes as UTF-8, or says why not. */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return new Decoded(null, RejectionReason.EMPTY, "input is empty (0 bytes)");
        }
        int probe = Math.min(bytes.length, PROBE_BYTES);
        int control = 0;
        for (int i = 0; i < probe; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return new Decoded(null, RejectionReason.BINARY, "input looks binary (NUL byte at offset " + i + ")");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > probe * MAX_CONTROL_SHARE) {
            return new Decoded(null, RejectionReason.BINARY, "input looks binary (" + control + " control bytes in the first " + probe + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Decoded(null, RejectionReason.INVALID_ENCODING, "input is not valid UTF-8 (" + e.getMessage() + ")");
        }
        if (text.replace("\uFEFF", "").isBlank()) {
            return new Decoded(null, RejectionReason.EMPTY, "input holds only whitespace");
        }
        return new Decoded(text, null, null);
    }
}
