package dk.vaerksted.core.session;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report-back round in a plenary: the tables speak in turn, each with the same short countdown.
 *
 * @param minutesEach each table's time
 * @param order       the tables' ids in the order they speak (as seated, or shuffled)
 * @param shuffled    whether {@code order} was shuffled
 * @param turns       each time a table was given the word (or skipped), in order: going back to a
 *                    table gives it another turn
 */
public record ReportRound(double minutesEach, List<String> order, boolean shuffled, List<Turn> turns) {

    public ReportRound {
        order = List.copyOf(order);
        turns = List.copyOf(turns);
    }

    /**
     * One table's turn.
     *
     * @param startedAt when it got the word (ISO 8601 with offset, as written)
     * @param endedAt   when it passed the word on, or null while it speaks
     * @param skipped   the facilitator moved on without the table speaking
     */
    public record Turn(String table, String startedAt, String endedAt, boolean skipped) {}

    /** The turn that runs now (a table speaking), or null. */
    public Turn current() {
        if (turns.isEmpty()) {
            return null;
        }
        Turn last = turns.get(turns.size() - 1);
        return last.endedAt() == null && !last.skipped() ? last : null;
    }

    /** Where in {@link #order} the round is: the last turn's table, or −1 before the first. */
    public int position() {
        return turns.isEmpty() ? -1 : order.indexOf(turns.get(turns.size() - 1).table());
    }

    /** Whether every table had its place in the order and the last turn ended. */
    public boolean finished() {
        return !turns.isEmpty() && current() == null && position() == order.size() - 1;
    }

    public ReportRound withTurns(List<Turn> newTurns) {
        return new ReportRound(minutesEach, order, shuffled, newTurns);
    }

    /** Seconds each table spoke, over all its turns that were not skipped, in the round's order. */
    public Map<String, Long> usedSeconds() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : order) {
            out.put(t, null);
        }
        for (Turn t : turns) {
            if (t.skipped() || t.startedAt() == null || t.endedAt() == null) {
                continue;
            }
            try {
                long s = Math.max(0, Duration.between(OffsetDateTime.parse(t.startedAt()),
                        OffsetDateTime.parse(t.endedAt())).getSeconds());
                out.merge(t.table(), s, (a, b) -> a == null ? b : a + b);
            } catch (DateTimeParseException e) {
                // Checked on read; a turn made in code with odd times is left out of the sum.
                java.util.logging.Logger.getLogger(ReportRound.class.getName()).warning(
                        "turn of " + t.table() + " with unreadable times left out: " + e.getMessage());
            }
        }
        return out;
    }

    /** The tables skipped and never heard in another turn. */
    public List<String> skippedOnly() {
        List<String> heard = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Turn t : turns) {
            if (t.skipped()) {
                skipped.add(t.table());
            } else {
                heard.add(t.table());
            }
        }
        skipped.removeAll(heard);
        return skipped.stream().distinct().toList();
    }
}
