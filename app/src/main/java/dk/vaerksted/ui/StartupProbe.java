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

    /** Phases of the start (name, time since the process started), noted only under the probe. */
    private static final java.util.List<String> PHASES = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static volatile boolean on;

    /** Under {@code --startup-probe}: from now on {@link #phase} notes where the time goes. */
    public static void enable() {
        on = true;
        phase("main");
    }

    /** Notes that a phase of the start ends now (printed with the figures; nothing without the probe). */
    public static void phase(String name) {
        if (on) {
            Duration d = sinceProcessStart();
            PHASES.add(name + "=" + (d == null ? "?" : d.toMillis()));
        }
    }

    /** Prints {@code first-frame-ms=N} at the second pulse from now, then ends the application. */
    public static void afterSecondPulse(PrintStream out) {
        afterSecondPulse(out, Platform::exit);
    }

    /** Runs {@code action} on the FX thread at the second animation pulse from now: the first frame is up. */
    static void atFirstFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                action.run();
            }
        }.start();
    }

    /**
     * Prints {@code first-frame-ms=N} at the second pulse from now (and {@code first-pixels-ms=N}
     * when the launcher's splash was seen at the start of main), then runs {@code then}.
     */
    static void afterSecondPulse(PrintStream out, Runnable then) {
        atFirstFrame(() -> {
            Duration d = sinceProcessStart();
            Duration pixels = Splash.seenAt();
            if (pixels != null) {
                out.println("first-pixels-ms=" + pixels.toMillis());
            }
            out.println("first-frame-ms=" + (d == null ? "unknown" : d.toMillis()));
            if (!PHASES.isEmpty()) {
                out.println("phases-ms " + String.join(" ", PHASES));
            }
            long rss = residentKilobytes();
            if (rss > 0) {
                out.println("rss-mb=" + rss / 1024);
            }
            out.flush();
            then.run();
        });
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

    /**
     * Time since the process started, or null where the system does not say. On Linux from the
     * kernel's own clock ({@code /proc/self/stat} against {@code /proc/uptime}, to 10 ms): the start
     * instant Java reports there is derived from the boot time rounded to the second, which puts
     * every figure up to a second late.
     */
    static Duration sinceProcessStart() {
        Duration linux = sinceProcessStartLinux();
        if (linux != null) {
            return linux;
        }
        Instant started = ProcessHandle.current().info().startInstant().orElse(null);
        return started == null ? null : Duration.between(started, Instant.now());
    }

    private static Duration sinceProcessStartLinux() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String uptime = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime"));
            // Field 22 (start time in clock ticks since boot) counts from after the command's name,
            // which may itself hold spaces and parentheses.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double upSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
            // USER_HZ is 100 on every Linux the app runs on.
            return Duration.ofMillis(Math.round(upSeconds * 1000) - startTicks * 10);
        } catch (java.io.IOException | RuntimeException e) {
            return null; // not Linux: the start instant Java reports is exact there
        }
    }
}
