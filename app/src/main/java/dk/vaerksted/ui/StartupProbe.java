package dk.vaerksted.ui;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * {@code vaerksted --startup-probe}: how long a facilitator waits for the window. Counts from the
 * start of the process (as the operating system recorded it) to the second animation pulse after
 * the window was shown: by then the first frame is on the screen.
 */
public final class StartupProbe {
    private StartupProbe() {}

    /** Prints {@code first-frame-ms=N} at the second pulse from now, then ends the application. */
    public static void afterSecondPulse(PrintStream out) {
        afterSecondPulse(out, Platform::exit);
    }

    /** Prints {@code first-frame-ms=N} at the second pulse from now, then runs {@code then}. */
    static void afterSecondPulse(PrintStream out, Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                Duration d = sinceProcessStart();
                out.println("first-frame-ms=" + (d == null ? "unknown" : d.toMillis()));
                long rss = residentKilobytes();
                if (rss > 0) {
                    out.println("rss-mb=" + rss / 1024);
                }
                out.flush();
                then.run();
            }
        }.start();
    }

    /** Resident memory of this process from {@code /proc/self/status} (Linux), or -1. */
    static long residentKilobytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux, or no /proc: the figure is left out
        }
        return -1;
    }

    /** Time since the process started, or null where the system does not say. */
    static Duration sinceProcessStart() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(null);
        return started == null ? null : Duration.between(started, Instant.now());
    }
}
