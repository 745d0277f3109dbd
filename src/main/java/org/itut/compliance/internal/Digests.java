package org.itut.compliance.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 digests for evaluation records. A set of files is digested as the concatenation, in the
 * given order, of each file's name, a NUL byte, its bytes and a NUL byte, so that the same digest can
 * be recomputed with a shell (see {@code docs/evaluation-record.md}).
 */
public final class Digests {
    private Digests() {
    }

    /** The lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    /** The digest of named files, in the map's order: name, NUL, bytes, NUL for each. */
    public static String sha256OfFiles(Map<String, byte[]> files) {
        MessageDigest md = newSha256();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(e.getValue());
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
