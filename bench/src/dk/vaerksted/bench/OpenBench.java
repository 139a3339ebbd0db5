package dk.vaerksted.bench;

import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Opening a session in a running app: reading, checking every rule and building the model, as
 * the window does when a file is opened. Warm figure: the median after warm-up rounds.
 * Usage: OpenBench FILE [ROUNDS=20]
 */
public final class OpenBench {
    private OpenBench() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        SessionStore store = new SessionStore();
        long t0 = System.nanoTime();
        Session first = store.readSession(file);
        double cold = (System.nanoTime() - t0) / 1e6;
        double[] ms = new double[rounds];
        int notes = 0;
        for (int i = 0; i < rounds + 10; i++) {
            long t = System.nanoTime();
            Session s = store.readSession(file);
            double d = (System.nanoTime() - t) / 1e6;
            if (i >= 10) {
                ms[i - 10] = d;
            }
            notes = s.exercises().stream().flatMap(e -> e.groups().stream()).mapToInt(g -> g.notes().size()).sum();
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "open %s: %d notes, %d exercises; first %.0f ms%n", file.getFileName(), notes,
                first.exercises().size(), cold);
        System.out.printf(Locale.ROOT, "open-ms warm median=%.1f max=%.1f (goal <= 150)%n", ms[rounds / 2],
                ms[rounds - 1]);
    }
}
