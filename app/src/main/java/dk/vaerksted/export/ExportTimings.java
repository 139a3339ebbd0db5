package dk.vaerksted.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an export's time goes, phase by phase, in wall-clock milliseconds: {@code export --timings}
 * prints them to standard error. {@link #mark} closes the phase that ran since the last mark;
 * {@link #add} records work done on another thread beside it (shown in brackets: it overlaps).
 * A disabled instance ({@link #OFF}) records nothing and costs nothing.
 */
public final class ExportTimings {
    /** Records nothing. */
    public static final ExportTimings OFF = new ExportTimings(false, 0);

    private final boolean enabled;
    private final long start;
    private long last;
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private final Map<String, Long> beside = new LinkedHashMap<>();

    private ExportTimings(boolean enabled, long start) {
        this.enabled = enabled;
        this.start = start;
        this.last = start;
    }

    /** Timings that start now ({@link System#nanoTime()}). */
    public static ExportTimings startingNow() {
        return startingAt(System.nanoTime());
    }

    /** Timings that start at {@code nanoTime}, an earlier {@link System#nanoTime()}. */
    public static ExportTimings startingAt(long nanoTime) {
        return new ExportTimings(true, nanoTime);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Ends the phase {@code name} now: the time since the previous mark is added to it. */
    public synchronized void mark(String name) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        phases.merge(name, now - last, Long::sum);
        last = now;
    }

    /** Adds {@code nanos} of work done on another thread, overlapping the phases. */
    public synchronized void add(String name, long nanos) {
        if (enabled) {
            beside.merge(name, nanos, Long::sum);
        }
    }

    /** Adds a phase that ran before these timings started (e.g. the JVM's own start-up), in milliseconds. */
    public synchronized void before(String name, long millis) {
        if (enabled) {
            Map<String, Long> rest = new LinkedHashMap<>(phases);
            phases.clear();
            phases.put(name, millis * 1_000_000);
            phases.putAll(rest);
            prior += millis * 1_000_000;
        }
    }

    private long prior;

    /** The phases so far, in milliseconds, in the order they first ended. */
    public synchronized Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        phases.forEach((k, v) -> out.put(k, Math.round(v / 1e6)));
        return out;
    }

    /** "timings (ms): read 210, fonts 40, layout 700 [overview 60], save 300, total 1250". */
    public synchronized String format() {
        StringBuilder sb = new StringBuilder("timings (ms):");
        String sep = " ";
        for (Map.Entry<String, Long> e : phases.entrySet()) {
            sb.append(sep).append(e.getKey()).append(' ').append(Math.round(e.getValue() / 1e6));
            sep = ", ";
        }
        if (!beside.isEmpty()) {
            sb.append(sep).append("beside it [");
            String s = "";
            for (Map.Entry<String, Long> e : beside.entrySet()) {
                sb.append(s).append(e.getKey()).append(' ').append(Math.round(e.getValue() / 1e6));
                s = ", ";
            }
            sb.append(']');
        }
        sb.append(sep).append("total ").append(Math.round((last - start + prior) / 1e6));
        return sb.toString();
    }
}
