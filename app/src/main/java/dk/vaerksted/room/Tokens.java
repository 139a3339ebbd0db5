package dk.vaerksted.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The secrets in the tables' links: 128 random bits from {@link SecureRandom} in base64url (22
 * characters), and a lookup that compares a candidate with every table's token in constant time,
 * so neither the answer's timing nor an early exit tells an attacker how close a guess was.
 */
public final class Tokens {
    private Tokens() {}

    /** Random bytes per token: 128 bits. */
    public static final int BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh token. */
    public static String newToken() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** {@link #newToken()} as a supplier, for {@link RoomEdits}. */
    public static Supplier<String> source() {
        return Tokens::newToken;
    }

    /**
     * The table whose token {@code candidate} is, or null. Every token is compared in full
     * ({@link MessageDigest#isEqual} takes the same time for equal lengths whatever the bytes), and
     * the loop never stops early.
     */
    public static String tableOf(Map<String, String> tokens, String candidate) {
        byte[] c = candidate.getBytes(StandardCharsets.US_ASCII);
        String found = null;
        for (Map.Entry<String, String> e : tokens.entrySet()) {
            boolean same = MessageDigest.isEqual(e.getValue().getBytes(StandardCharsets.US_ASCII), c);
            if (same && found == null) {
                found = e.getKey();
            }
        }
        return found;
    }
}
