package io.newsflow.streams.fingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a canonical body, as 64 lower-case hex digits: equal hashes mean exact duplicates. */
public final class ContentHash {

    private ContentHash() {
    }

    /**
     * @param canonicalBody the output of {@link BodyNormalizer#canonicalBody}
     * @return the hex SHA-256 of its UTF-8 bytes
     */
    public static String of(String canonicalBody) {
        try {
            // MessageDigest instances are not thread-safe; one per call is cheap next to hashing 7 KB.
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonicalBody.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 runtime must provide SHA-256", e);
        }
    }
}
