package dk.vaerksted.core.day;

import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The day's program in time: when each item was planned, when it started and ended, and when the
 * items still to come can be expected — computed afresh from the program and the clock, never
 * stored, so an undo or a crash can never leave a stale forecast.
 *
 * <p>The rules: the plan's clock times are on the day the program runs (the day of its first
 * start, else today) in the wall clock's zone, so a change to or from daylight saving is in the
 * instants, not in the minutes. An item with a start of its own is an <em>anchor</em>: it does not
 * begin before its time, so slack before it absorbs a delay. Every other item follows the one
 * before. A running item ends no earlier than now, so an item that overruns pushes every later one
 * with it — shown as each item's shift — until an anchor with slack, or minutes the facilitator
 * takes out of an item ({@link ProgramItem#adjustMinutes()}), absorb it. Items before the last one
 * started that never started were skipped.
 *
 * <p>Times of day are shown as a clock shows them: the minute that has begun ({@link #clockFace}),
 * never rounded up — a talk that began at 16.10.45 began when every clock in the room said 16.10,
 * and a running item must never show a start later than the clock beside it. A shift ("+6") is
 * the difference of the two clock faces it compares, so it agrees with the times printed beside
 * it. Every view of the day — the panel, the projector, the PDF, the Word document — uses these.
 */
public final class Schedule {
    /** Where an item stands. */
    public enum State { DONE, NOW, COMING, SKIPPED }

    /**
     * One item in time.
     *
     * @param plannedStart the plan's start, or null when the plan cannot place it
     * @param plannedEnd   the plan's end, or null (open-ended, last)
     * @param start        the actual start (done, now) or the expected one (coming); null when skipped
     * @param end          the actual end, the expected one, or null
     * @param shiftMinutes how much later (negative: earlier) than planned it started or will start
     */
    public record Slot(int index, ProgramItem item, Instant plannedStart, Instant plannedEnd, Instant start,
            Instant end, State state, long shiftMinutes) {}

    private final List<Slot> slots;
    private final LocalDate day;
    private final ZoneId zone;
    private final int current;
    private final int next;
    private final Instant[] planned;
    private final Instant now;

    private Schedule(List<Slot> slots, LocalDate day, ZoneId zone, int current, int next, Instant[] planned,
            Instant now) {
        this.slots = List.copyOf(slots);
        this.day = day;
        this.zone = zone;
        this.current = current;
        this.next = next;
        this.planned = planned;
        this.now = now;
    }

    /** The program's times at {@code now}, clock times read in {@code zone}. */
    public static Schedule of(Program p, Instant now, ZoneId zone) {
        List<ProgramItem> items = p.items();
        int n = items.size();
        Instant[] actualStart = new Instant[n];
        Instant[] actualEnd = new Instant[n];
        int running = -1;
        int lastStarted = -1;
        for (int i = 0; i < n; i++) {
            actualStart[i] = instant(items.get(i).startedAt());
            actualEnd[i] = actualStart[i] == null ? null : instant(items.get(i).endedAt());
            if (actualStart[i] != null) {
                lastStarted = i;
                if (actualEnd[i] == null) {
                    running = i;
                }
            }
        }
        if (running >= 0) {
            lastStarted = running;
        }
        LocalDate day = null;
        for (Instant a : actualStart) {
            if (a != null && (day == null || a.atZone(zone).toLocalDate().isBefore(day))) {
                day = a.atZone(zone).toLocalDate();
            }
        }
        if (day == null) {
            day = now.atZone(zone).toLocalDate();
        }

        Instant[] plannedStart = new Instant[n];
        Instant[] plannedEnd = new Instant[n];
        for (int i = 0; i < n; i++) {
            LocalTime t = items.get(i).start();
            plannedStart[i] = t == null ? null : at(day, t, zone);
        }
        for (int i = 0; i < n; i++) {
            if (plannedStart[i] == null && i > 0) {
                plannedStart[i] = plannedEnd[i - 1];
            }
            ProgramItem it = items.get(i);
            if (plannedStart[i] != null && it.minutes() != null) {
                plannedEnd[i] = plus(plannedStart[i], it.minutes());
            } else if (i + 1 < n && items.get(i + 1).start() != null) {
                plannedEnd[i] = at(day, items.get(i + 1).start(), zone);
            }
        }

        List<Slot> slots = new ArrayList<>(n);
        Instant prevEnd = null;
        for (int i = 0; i < n; i++) {
            ProgramItem it = items.get(i);
            Instant anchorAfter = i + 1 < n && items.get(i + 1).start() != null ? plannedStart[i + 1] : null;
            Instant start;
            Instant end;
            State state;
            if (actualStart[i] != null) {
                start = actualStart[i];
                if (actualEnd[i] != null) {
                    end = actualEnd[i];
                    state = State.DONE;
                } else {
                    Instant due = it.effectiveMinutes() != null ? plus(start, it.effectiveMinutes()) : anchorAfter;
                    end = due == null || due.isBefore(now) ? now : due;
                    state = State.NOW;
                }
            } else if (i < lastStarted) {
                slots.add(new Slot(i, it, plannedStart[i], plannedEnd[i], null, null, State.SKIPPED, 0));
                continue;
            } else {
                if (prevEnd == null) {
                    start = plannedStart[i] == null ? now : plannedStart[i];
                } else if (it.start() != null && plannedStart[i].isAfter(prevEnd)) {
                    start = plannedStart[i];
                } else {
                    start = prevEnd;
                }
                if (start.isBefore(now)) {
                    start = now;
                }
                if (it.effectiveMinutes() != null) {
                    end = plus(start, it.effectiveMinutes());
                } else {
                    end = anchorAfter != null && anchorAfter.isAfter(start) ? anchorAfter : start;
                }
                state = State.COMING;
            }
            prevEnd = end;
            long shift = plannedStart[i] == null ? 0 : minutes(plannedStart[i], start);
            slots.add(new Slot(i, it, plannedStart[i], plannedEnd[i], start, end, state, shift));
        }
        int next = lastStarted + 1 < n ? lastStarted + 1 : -1;
        return new Schedule(slots, day, zone, running, next, plannedStart, now);
    }

    private static Instant at(LocalDate day, LocalTime t, ZoneId zone) {
        // A time in the spring gap moves on by the gap; one in the autumn overlap is the earlier of the two.
        return ZonedDateTime.of(day, t, zone).toInstant();
    }

    private static Instant plus(Instant i, double minutes) {
        return i.plusSeconds(Math.round(minutes * 60));
    }

    /** The minutes between two instants' clock faces: what a reader of the two times subtracts. */
    public static long minutes(Instant from, Instant to) {
        return Math.floorDiv(to.getEpochSecond(), 60) - Math.floorDiv(from.getEpochSecond(), 60);
    }

    /** The time of day an instant shows on a clock in {@code zone}: the minute that has begun. */
    public static LocalTime clockFace(Instant i, ZoneId zone) {
        return i.atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    }

    /** As {@link #clockFace(Instant, ZoneId)}, on the clock a recorded time was read from (its own offset). */
    public static LocalTime clockFace(OffsetDateTime t) {
        return t.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    }

    private static Instant instant(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            return null; // checked when the file was read; an odd value in code counts as not recorded
        }
    }

    public List<Slot> slots() {
        return slots;
    }

    /** The day the plan's clock times are on. */
    public LocalDate day() {
        return day;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The moment this schedule was computed for. */
    public Instant now() {
        return now;
    }

    /** The item running now, or −1. */
    public int current() {
        return current;
    }

    /** The item that starts next, or −1 when every item has had its turn. */
    public int next() {
        return next;
    }

    /** Whether the last item has ended (or been passed) and nothing runs. */
    public boolean finished() {
        return current < 0 && next < 0 && !slots.isEmpty();
    }

    /**
     * How far behind the plan the day is, in whole minutes (negative: ahead): the shift of the next
     * item; after the last has started, how much later than planned it ends (or ended).
     */
    public long delayMinutes() {
        if (next >= 0) {
            return slots.get(next).shiftMinutes();
        }
        for (int i = slots.size() - 1; i >= 0; i--) {
            Slot s = slots.get(i);
            if (s.state() != State.SKIPPED) {
                return s.plannedEnd() == null || s.end() == null ? 0 : minutes(s.plannedEnd(), s.end());
            }
        }
        return 0;
    }

    /**
     * The clock time a break or lunch counts to: its start (actual, else expected) plus its minutes
     * on the day, or — when the item after it has a start of its own — that start if it is later;
     * rounded to the nearest whole minute, since the room reads a clock in minutes. Null when there
     * is nothing to count to (an open-ended last item).
     */
    public Instant pauseTarget(int index) {
        Slot s = slots.get(index);
        Instant base = s.start();
        if (base == null) {
            return null;
        }
        Double m = s.item().effectiveMinutes();
        Instant end = m == null ? null : plus(base, m);
        if (index + 1 < slots.size() && slots.get(index + 1).item().start() != null) {
            Instant anchor = planned[index + 1];
            end = end == null || anchor.isAfter(end) ? anchor : end;
        }
        if (end == null) {
            return null;
        }
        long sec = end.getEpochSecond();
        return Instant.ofEpochSecond(Math.floorDiv(sec + 30, 60) * 60);
    }
}
