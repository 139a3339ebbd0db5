package dk.vaerksted.core.session;

import java.time.LocalTime;
import java.util.Locale;

/**
 * One item of the day's program ({@link Program}): a talk, one of the session's exercises, a
 * break, lunch, a plenary or something else, with a planned clock time to start at or a number of
 * minutes (or both), and what happened on the day.
 *
 * @param title         what the program calls it, as written; for an exercise it may be left out
 *                      (the exercise's own title is shown then)
 * @param speaker       who speaks (a talk), or null
 * @param exerciseId    the session's exercise this item runs (kind {@link Kind#EXERCISE}), else null
 * @param start         the planned clock time on the day, or null: the item follows the one before
 * @param minutes       the planned minutes, or null: the item lasts until the next one's start
 * @param adjustMinutes minutes added on the day (negative: time taken out), or null
 * @param startedAt     when it started (ISO 8601 with offset, kept as written), or null
 * @param endedAt       when it ended, or null
 * @param round         the report-back round held in it, or null
 * @param extras        fields of the item this version does not know
 */
public record ProgramItem(String id, Kind kind, String title, String speaker, String exerciseId, LocalTime start,
        Double minutes, Double adjustMinutes, String startedAt, String endedAt, ReportRound round, Extras extras) {

    /** What kind of item: how it runs and what the room sees. */
    public enum Kind {
        TALK, EXERCISE, BREAK, LUNCH, PLENARY, OTHER;

        /** The word in the file: "talk", "exercise", … */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind of(String word) {
            for (Kind k : values()) {
                if (k.word().equals(word)) {
                    return k;
                }
            }
            return null;
        }

        /** A break or lunch: the room counts to the clock time it goes on at. */
        public boolean isPause() {
            return this == BREAK || this == LUNCH;
        }
    }

    /** A planned item with nothing recorded yet. */
    public static ProgramItem planned(String id, Kind kind, String title, String speaker, String exerciseId,
            LocalTime start, Double minutes) {
        return new ProgramItem(id, kind, title, speaker, exerciseId, start, minutes, null, null, null, null,
                Extras.NONE);
    }

    /** The minutes it is meant to last on the day: planned plus added (never below 0); null when open-ended. */
    public Double effectiveMinutes() {
        if (minutes == null) {
            return null;
        }
        return Math.max(0, minutes + (adjustMinutes == null ? 0 : adjustMinutes));
    }

    public boolean started() {
        return startedAt != null;
    }

    public boolean ended() {
        return endedAt != null;
    }

    public ProgramItem withAdjust(Double adjust) {
        return new ProgramItem(id, kind, title, speaker, exerciseId, start, minutes,
                adjust == null || adjust == 0 ? null : adjust, startedAt, endedAt, round, extras);
    }

    public ProgramItem withTimes(String newStartedAt, String newEndedAt) {
        return new ProgramItem(id, kind, title, speaker, exerciseId, start, minutes, adjustMinutes, newStartedAt,
                newEndedAt, round, extras);
    }

    public ProgramItem withRound(ReportRound newRound) {
        return new ProgramItem(id, kind, title, speaker, exerciseId, start, minutes, adjustMinutes, startedAt,
                endedAt, newRound, extras);
    }

    /** The same item as planned: nothing of the day (times, minutes added, the round's record) kept. */
    public ProgramItem asPlanned() {
        return new ProgramItem(id, kind, title, speaker, exerciseId, start, minutes, null, null, null, null, extras);
    }

    /** The title to show: the item's own, else the exercise's ({@code session} may be null), else the id. */
    public String displayTitle(Session session) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (exerciseId != null && session != null) {
            Exercise e = SessionEdits.exercise(session, exerciseId).orElse(null);
            if (e != null && e.title() != null && !e.title().isBlank()) {
                return e.title();
            }
        }
        return id;
    }
}
