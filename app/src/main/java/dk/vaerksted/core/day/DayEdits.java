package dk.vaerksted.core.day;

import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.core.session.ReportRound;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The changes a facilitator makes to the program on the day, as pure functions: each returns a new
 * program (the view model hands it to the session, where one undo takes it back). Times are ISO
 * 8601 date-times with offset, as the file keeps them.
 */
public final class DayEdits {
    private DayEdits() {}

    /**
     * Starts item {@code index} at {@code now}; the item running (and a table's turn in it) ends
     * then. An item that has started before is left as it is.
     */
    public static Program start(Program p, int index, String now) {
        if (index < 0 || index >= p.items().size() || p.items().get(index).started()) {
            return p;
        }
        List<ProgramItem> out = new ArrayList<>();
        for (int i = 0; i < p.items().size(); i++) {
            ProgramItem it = p.items().get(i);
            if (i == index) {
                it = it.withTimes(now, null);
            } else if (it.started() && !it.ended()) {
                it = endRound(it, now).withTimes(it.startedAt(), now);
            }
            out.add(it);
        }
        return p.withItems(out);
    }

    /** Ends the item running (the last of the day, or a pause before the rest): nothing runs after. */
    public static Program endRunning(Program p, String now) {
        List<ProgramItem> out = new ArrayList<>();
        for (ProgramItem it : p.items()) {
            out.add(it.started() && !it.ended() ? endRound(it, now).withTimes(it.startedAt(), now) : it);
        }
        return p.withItems(out);
    }

    /**
     * Takes back the end of the day (Shift+F6 after the last item): the item that ended last runs
     * again, from its own start, as if it had not ended. While an item runs, nothing changes.
     */
    public static Program reopenLast(Program p) {
        int last = -1;
        java.time.Instant lastEnd = null;
        for (int i = 0; i < p.items().size(); i++) {
            ProgramItem it = p.items().get(i);
            if (it.started() && !it.ended()) {
                return p;
            }
            if (it.started()) {
                java.time.Instant end = java.time.OffsetDateTime.parse(it.endedAt()).toInstant();
                if (lastEnd == null || !end.isBefore(lastEnd)) {
                    last = i;
                    lastEnd = end;
                }
            }
        }
        return last < 0 ? p : p.withItem(last, p.items().get(last).withTimes(p.items().get(last).startedAt(), null));
    }

    private static ProgramItem endRound(ProgramItem it, String now) {
        return it.round() == null || it.round().current() == null ? it : it.withRound(Rounds.end(it.round(), now));
    }

    /**
     * Adds {@code delta} minutes to item {@code index} on the day (negative: takes time out); the
     * item never goes below 0 minutes. An item without minutes of its own is left as it is.
     */
    public static Program adjust(Program p, int index, double delta) {
        ProgramItem it = p.items().get(index);
        if (it.minutes() == null) {
            return p;
        }
        double now = it.adjustMinutes() == null ? 0 : it.adjustMinutes();
        double next = Math.max(-it.minutes(), now + delta);
        return p.withItem(index, it.withAdjust(next));
    }

    /**
     * Takes the day's delay out of item {@code index} — as much of it as the item has minutes left
     * — so the items after it are back on time.
     */
    public static Program catchUp(Program p, int index, long delayMinutes) {
        ProgramItem it = p.items().get(index);
        if (delayMinutes <= 0 || it.effectiveMinutes() == null) {
            return p;
        }
        return adjust(p, index, -Math.min(delayMinutes, it.effectiveMinutes()));
    }

    /** The report-back round in item {@code index} set (or removed with null). */
    public static Program withRound(Program p, int index, ReportRound round) {
        return p.withItem(index, p.items().get(index).withRound(round));
    }

    /** The rounds' moves: who has the word. */
    public static final class Rounds {
        private Rounds() {}

        /** A round over {@code tables} (as seated, or shuffled by {@code random}); the first table speaks at once. */
        public static ReportRound begin(List<String> tables, double minutesEach, boolean shuffle, Random random,
                String now) {
            List<String> order = new ArrayList<>(tables);
            if (shuffle) {
                Collections.shuffle(order, random);
            }
            List<ReportRound.Turn> turns = order.isEmpty() ? List.of()
                    : List.of(new ReportRound.Turn(order.get(0), now, null, false));
            return new ReportRound(minutesEach, order, shuffle, turns);
        }

        /** The table speaking passes the word to the next one (after the last, the round is over). */
        public static ReportRound next(ReportRound r, String now) {
            return move(end(r, now), r.position() + 1, now);
        }

        /** The table whose turn it is does not speak: marked skipped, the next one gets the word. */
        public static ReportRound skip(ReportRound r, String now) {
            List<ReportRound.Turn> turns = new ArrayList<>(r.turns());
            ReportRound.Turn cur = r.current();
            if (cur != null) {
                turns.set(turns.size() - 1, new ReportRound.Turn(cur.table(), cur.startedAt(), now, true));
            }
            return move(r.withTurns(turns), r.position() + 1, now);
        }

        /** Back to the table before: it gets the word again (another turn, its own time again). */
        public static ReportRound back(ReportRound r, String now) {
            int to = Math.max(0, r.position() - 1);
            return move(end(r, now), to, now);
        }

        /** The table speaking stops; the round stays where it is. */
        public static ReportRound end(ReportRound r, String now) {
            ReportRound.Turn cur = r.current();
            if (cur == null) {
                return r;
            }
            List<ReportRound.Turn> turns = new ArrayList<>(r.turns());
            turns.set(turns.size() - 1, new ReportRound.Turn(cur.table(), cur.startedAt(), now, false));
            return r.withTurns(turns);
        }

        private static ReportRound move(ReportRound r, int position, String now) {
            if (position < 0 || position >= r.order().size()) {
                return r;
            }
            List<ReportRound.Turn> turns = new ArrayList<>(r.turns());
            turns.add(new ReportRound.Turn(r.order().get(position), now, null, false));
            return r.withTurns(turns);
        }
    }
}
