package dk.vaerksted.bench;

import dk.vaerksted.core.session.ReadLimits;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.SessionStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The heap it takes to read the worst files we can make under the 32 MB cap (issue 13): each shape
 * is written once ({@code make DIR}), then read in a fresh JVM ({@code read FILE}) that prints the
 * peak of its heap: the sum of the heap pools' peak usage (an upper bound, as the pools peak at
 * different moments), measured from a collected start. Run by {@code bench/heap}.
 */
public final class HeapBench {
    private HeapBench() {}

    /** Just under the cap: every shape uses all the bytes a file may have. */
    static final long SIZE = ReadLimits.DEFAULT.maxBytes() - 4096;
    /** Just under the token limit, for the shapes that are meant to be read whole. */
    static final long TOKENS = ReadLimits.DEFAULT.maxTokens() - 2000;

    static final String HEADER = "{\"format\":\"vaerksted.session\",\"formatVersion\":1,\"title\":\"Hostile\",\"x\":";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("make")) {
            make(Path.of(args[1]));
        } else {
            read(Path.of(args[1]));
        }
    }

    static void read(Path file) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        String result;
        try {
            Session s = new SessionStore().readSession(file);
            result = "session(" + s.noteCount() + " notes)";
        } catch (SessionFormatException e) {
            result = e.problems().get(0).key();
        } catch (OutOfMemoryError e) {
            result = "OUT-OF-MEMORY";
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%-22s %6.1f MB  %-28s peak-heap-mb=%.0f (before %.0f) %.1f s%n",
                file.getFileName().toString().replace(".session.json", ""), file.toFile().length() / 1048576.0,
                result, peak / 1048576.0, before / 1048576.0, seconds);
    }

    static void make(Path dir) throws IOException {
        Files.createDirectories(dir);
        // Ten million empty strings (the file of the issue): refused by the token count.
        write(dir, "empty-strings", out -> {
            out.text("[\"\"");
            while (out.size() < SIZE - 10) {
                out.text(",\"\"");
            }
            out.text("]");
        });
        // Distinct texts up to the token limit, long enough to use the bytes: the costliest way to spend the tokens
        // and the bytes together (a node, a String and its bytes each).
        write(dir, "distinct-strings", out -> {
            long n = TOKENS - 10;
            int len = (int) ((SIZE - 200) / n) - 3;
            out.text("[");
            for (long i = 0; i < n; i++) {
                String id = Long.toString(i, 36);
                out.text((i == 0 ? "\"" : ",\"") + "_".repeat(Math.max(0, len - id.length())) + id + "\"");
            }
            out.text("]");
        });
        // Nesting as deep as allowed, over and over, up to the token limit; every array is a node
        // and a list, and (as an unknown field) copied once more into the session's extras. The
        // bytes left are spent on the longest texts allowed.
        write(dir, "deep-legal", out -> {
            int levels = ReadLimits.DEFAULT.maxDepth() - 2;
            long nests = (TOKENS - 200) / (2L * levels + 1);
            out.text("[");
            for (long i = 0; i < nests; i++) {
                out.text((i == 0 ? "" : ",") + "[".repeat(levels) + "0" + "]".repeat(levels));
            }
            longTexts(out);
            out.text("]");
        });
        // One object with as many distinct keys as the token limit allows, long enough to use the bytes.
        write(dir, "huge-object", out -> {
            long n = TOKENS / 2 - 10;
            int len = (int) ((SIZE - 200) / n) - 6;
            out.text("{");
            for (long i = 0; i < n; i++) {
                String id = Long.toString(i, 36);
                out.text((i == 0 ? "\"" : ",\"") + "_".repeat(Math.max(0, len - id.length())) + id + "\":0");
            }
            out.text("}");
        });
        // Keys as long as allowed (10,000 characters), all different.
        write(dir, "long-keys", out -> {
            out.text("{");
            for (int i = 0; out.size() < SIZE - 10_100; i++) {
                String id = Integer.toString(i, 36);
                out.text((i == 0 ? "\"" : ",\"") + "_".repeat(10_000 - id.length()) + id + "\":0");
            }
            out.text("}");
        });
        // Numbers of 100 digits (the longest allowed), exact decimals, until the bytes run out.
        write(dir, "long-numbers", out -> {
            out.text("[");
            for (int i = 0; out.size() < SIZE - 200; i++) {
                out.text((i == 0 ? "" : ",") + "1." + String.format("%098d", i));
            }
            out.text("]");
        });
        // Many short numbers up to the token limit, each an exact decimal.
        write(dir, "short-numbers", out -> {
            out.text("[");
            for (long i = 0; i < TOKENS - 10; i++) {
                out.text((i == 0 ? "" : ",") + "1234567890123456789012." + (i % 10));
            }
            longTexts(out);
            out.text("]");
        });
        // A valid session: as many notes as the token limit allows, long enough to use the bytes.
        Path notes = dir.resolve("valid-notes.session.json");
        try (Writer out = new Writer(Files.newOutputStream(notes))) {
            long count = (TOKENS - 200) / 8;
            int len = (int) ((SIZE - 400) / count) - 60;
            out.text("{\"format\":\"vaerksted.session\",\"formatVersion\":1,\"title\":\"Hostile\",\"exercises\":[{\"id\":\"e\","
                    + "\"steps\":[{\"id\":\"s\",\"minutes\":8}],\"groups\":[{\"id\":\"g\",\"notes\":[");
            for (long i = 0; i < count; i++) {
                String id = Long.toString(i, 36);
                out.text((i == 0 ? "" : ",") + "{\"stepId\":\"s\",\"text\":\"" + "ø".repeat(Math.max(0, len / 2 - id.length()))
                        + id + "\",\"at\":\"2024-05-29T10:12:00+02:00\"}");
            }
            out.text("]}]}]}");
        }
    }

    /** The longest texts allowed, until the file is full: bytes that cost the tree only their characters. */
    private static void longTexts(Writer out) throws IOException {
        int max = ReadLimits.DEFAULT.maxStringLength();
        while (out.size() < SIZE - 100) {
            long room = SIZE - 100 - out.size() - 4;
            int len = (int) Math.min(max, room);
            if (len <= 0) {
                break;
            }
            out.text(",\"" + "a".repeat(len) + "\"");
        }
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }

    private static void write(Path dir, String name, Body body) throws IOException {
        Path file = dir.resolve(name + ".session.json");
        try (Writer out = new Writer(Files.newOutputStream(file))) {
            out.text(HEADER);
            body.write(out);
            out.text("}");
        }
        if (Files.size(file) > ReadLimits.DEFAULT.maxBytes()) {
            throw new IllegalStateException(name + " is over the cap");
        }
    }

    /** Counts what it writes. */
    private static final class Writer implements AutoCloseable {
        private final OutputStream out;
        private long size;

        Writer(OutputStream out) {
            this.out = new BufferedOutputStream(out, 1 << 16);
        }

        void text(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.write(b);
            size += b.length;
        }

        long size() {
            return size;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
