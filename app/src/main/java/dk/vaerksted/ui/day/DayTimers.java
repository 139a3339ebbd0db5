package dk.vaerksted.ui.day;

import dk.vaerksted.core.timer.ClockCountdown;
import dk.vaerksted.core.timer.Countdown;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The day's running clocks, kept by what they time (an item or a table's turn, and when it
 * started): a talk's or a turn's minutes count on the monotonic clock ({@link Countdown}); a pause
 * counts to a clock time ({@link ClockCountdown}). A timer is made when its item starts; one found
 * missing (the session was opened with the item running, or an undo brought it back after the
 * timer was dropped) is made from the time recorded, once. A few are kept, so an undo finds the
 * very countdown it had.
 */
final class DayTimers {
    private static final int KEEP = 8;

    private final LongSupplier nanos;
    private final Clock wall;
    private final Map<String, Countdown> durations = lru();
    private final Map<String, ClockCountdown> clocks = lru();

    DayTimers(LongSupplier nanos, Clock wall) {
        this.nanos = nanos;
        this.wall = wall;
    }

    private static <T> Map<String, T> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > KEEP;
            }
        };
    }

    /** A duration that starts now, in full (the start command makes it before the session records it). */
    void fresh(String key, double minutes) {
        Countdown c = Countdown.ofMinutes(nanos, minutes);
        c.start();
        durations.put(key, c);
    }

    /**
     * The countdown of {@code minutes} that started at {@code startedAt}; minutes changed on the day
     * move its end at once.
     */
    Countdown.Snapshot duration(String key, String startedAt, double minutes) {
        Countdown c = durations.get(key);
        if (c == null) {
            c = Countdown.ofMinutes(nanos, minutes);
            long full = Math.round(minutes * 60e9);
            c.pausedAt(full - elapsedNanos(startedAt), full, 0);
            c.start();
            durations.put(key, c);
        } else {
            c.replan(minutes);
        }
        return c.snapshot();
    }

    /** The countdown to {@code target}; a target moved (time taken out) re-aims it. */
    Countdown.Snapshot clock(String key, Instant target) {
        ClockCountdown c = clocks.get(key);
        if (c == null) {
            c = new ClockCountdown(nanos, wall, target);
            clocks.put(key, c);
        } else {
            c.retarget(target);
        }
        return c.snapshot();
    }

    private long elapsedNanos(String startedAt) {
        try {
            return Math.max(0, Duration.between(OffsetDateTime.parse(startedAt).toInstant(), wall.instant()).toNanos());
        } catch (DateTimeParseException | NullPointerException e) {
            return 0;
        }
    }
}
