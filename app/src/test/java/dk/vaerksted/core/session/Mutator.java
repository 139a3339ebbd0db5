package dk.vaerksted.core.session;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Makes hostile variants of a valid session file: flipped and deleted bytes, cut-offs, duplicated
 * or swapped stretches, JSON punctuation and odd values spliced in, deep nesting, huge numbers,
 * invalid UTF-8. Deterministic for a seed.
 */
public final class Mutator {
    private static final String[] SPLICES = {"{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-0",
            "1e999999", "\"\\ud800\"", "\"\\u0000\"", "NaN", "\"x\":", "[[[[[[[[[[", "]]]]]", "0.0000000000000000001",
            "99999999999999999999999999999", "\"formatVersion\": 2", "\"cardId\": \"nope\"", "\"minutes\": 0",
            "\"stepId\": 7", "\"at\": \"i går\"", "/*", "\uFEFF", "\u0000", "🙂"};

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    public byte[] mutate(byte[] seed) {
        byte[] b = seed.clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds && b.length > 0; i++) {
            b = switch (random.nextInt(9)) {
                case 0 -> flip(b);
                case 1 -> delete(b);
                case 2 -> java.util.Arrays.copyOf(b, random.nextInt(b.length));
                case 3 -> duplicate(b);
                case 4 -> splice(b, SPLICES[random.nextInt(SPLICES.length)].getBytes(StandardCharsets.UTF_8));
                case 5 -> splice(b, new byte[] {(byte) (0x80 + random.nextInt(0x80))});
                case 6 -> splice(b, ("[".repeat(random.nextInt(200)) + "]".repeat(random.nextInt(200)))
                        .getBytes(StandardCharsets.UTF_8));
                case 7 -> swap(b);
                default -> splice(b, ("\"" + "x".repeat(random.nextInt(5000)) + "\"").getBytes(StandardCharsets.UTF_8));
            };
        }
        return b;
    }

    private byte[] flip(byte[] b) {
        byte[] c = b.clone();
        c[random.nextInt(c.length)] ^= (byte) (1 << random.nextInt(8));
        return c;
    }

    private byte[] delete(byte[] b) {
        int at = random.nextInt(b.length);
        int len = Math.min(b.length - at, 1 + random.nextInt(40));
        byte[] c = new byte[b.length - len];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + len, c, at, b.length - at - len);
        return c;
    }

    private byte[] duplicate(byte[] b) {
        int at = random.nextInt(b.length);
        int len = Math.min(b.length - at, 1 + random.nextInt(200));
        byte[] piece = java.util.Arrays.copyOfRange(b, at, at + len);
        return splice(b, piece);
    }

    private byte[] swap(byte[] b) {
        byte[] c = b.clone();
        int i = random.nextInt(c.length);
        int j = random.nextInt(c.length);
        byte t = c[i];
        c[i] = c[j];
        c[j] = t;
        return c;
    }

    private byte[] splice(byte[] b, byte[] piece) {
        int at = random.nextInt(b.length + 1);
        byte[] c = new byte[b.length + piece.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(piece, 0, c, at, piece.length);
        System.arraycopy(b, at, c, at + piece.length, b.length - at);
        return c;
    }
}
