package dk.vaerksted.export;

import dk.vaerksted.core.board.BoardNotes;
import dk.vaerksted.core.card.Emphasis;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.core.session.StepRun;
import dk.vaerksted.core.words.TopWords;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a summary says, in the order it says it, for every format (PDF, Word, Excel, CSV): first
 * the overview — key points, themes with their notes, the harvest, the most used words — then
 * each exercise with its steps, its time, and each table's notes by step (tables without notes
 * named once). Plain data and wording; the writers only set it.
 */
public final class Summary {
    private Summary() {}

    /** How many of the most used words the overview names. */
    public static final int WORDS = 20;

    /**
     * A note as the summary prints it.
     *
     * @param table the table's name, or null
     * @param where the exercise and step, or the harvest prompt, it belongs to
     */
    public record NoteLine(String text, String table, String where, List<String> tags, boolean key) {}

    /** A theme with its notes; {@code dots} once the vote's result was shown, else -1. */
    public record ThemeNotes(Board.Theme theme, List<NoteLine> notes, int dots) {}

    /** A key point: a starred theme (its name) or a starred note. */
    public record KeyPoint(String text, String from) {}

    /** The overview of one session. */
    public record Overview(List<KeyPoint> keyPoints, List<ThemeNotes> themes, List<HarvestPrompt> harvest,
            List<TopWords.Word> words) {
        public boolean isEmpty() {
            return keyPoints.isEmpty() && themes.isEmpty() && harvest.stream().allMatch(h -> h.notes().isEmpty())
                    && words.isEmpty();
        }
    }

    /** The overview of a session; the words are counted with Lucene (loaded here, on first use). */
    public static Overview overview(Session s) {
        return overview(s, TopWords.of(texts(s), s.language(), WORDS));
    }

    static Overview overview(Session s, List<TopWords.Word> words) {
        Board board = Board.of(s);
        Map<String, String> tags = new HashMap<>();
        board.tagsInUse().forEach(t -> tags.put(t.id(), t.name()));
        Map<String, List<NoteLine>> byTheme = new LinkedHashMap<>();
        board.themes().forEach(t -> byTheme.put(t.id(), new ArrayList<>()));
        List<KeyPoint> starredNotes = new ArrayList<>();
        for (BoardNotes.Placed p : BoardNotes.of(s)) {
            NoteLine line = line(s, p, tags);
            List<NoteLine> theme = p.note().theme() == null ? null : byTheme.get(p.note().theme());
            if (theme != null) {
                theme.add(line);
            }
            if (line.key()) {
                starredNotes.add(new KeyPoint(line.text(), line.table()));
            }
        }
        Board.Votes votes = board.votes();
        Map<String, Integer> totals = votes != null && votes.revealed() ? votes.totals() : Map.of();
        List<ThemeNotes> themes = new ArrayList<>();
        List<KeyPoint> keys = new ArrayList<>();
        for (Board.Theme t : board.themes()) {
            List<NoteLine> notes = byTheme.get(t.id());
            if (t.key()) {
                keys.add(new KeyPoint(t.name(), null));
            }
            if (!notes.isEmpty() || !t.name().isBlank()) {
                themes.add(new ThemeNotes(t, List.copyOf(notes), totals.getOrDefault(t.id(), -1)));
            }
        }
        if (!totals.isEmpty()) {
            themes.sort((a, b) -> b.dots() - a.dots());
        }
        keys.addAll(starredNotes);
        return new Overview(List.copyOf(keys), List.copyOf(themes), s.harvest(), words);
    }

    /** Every note's text, for counting words. */
    public static List<String> texts(Session s) {
        List<String> out = new ArrayList<>(s.noteCount());
        for (Exercise e : s.exercises()) {
            for (Group g : e.groups()) {
                g.notes().forEach(n -> out.add(n.text()));
            }
        }
        s.harvest().forEach(h -> h.notes().forEach(n -> out.add(n.text())));
        return out;
    }

    private static NoteLine line(Session s, BoardNotes.Placed p, Map<String, String> tagNames) {
        Note n = p.note();
        String table = null;
        String where;
        if (p.harvest()) {
            where = s.harvest().get(p.promptIndex()).prompt();
            table = p.table() == null ? null : tableName(s, p.table());
        } else {
            Exercise e = s.exercises().stream().filter(x -> x.id().equals(p.exerciseId())).findFirst().orElseThrow();
            table = e.groups().stream().filter(g -> g.id().equals(p.groupId())).findFirst()
                    .map(Group::displayName).orElse(p.groupId());
            String step = n.stepId() == null ? null : e.step(n.stepId()).map(Summary::stepTitle).orElse(null);
            where = step == null ? title(e) : title(e) + " · " + step;
        }
        List<String> tags = n.tags().stream().map(t -> tagNames.getOrDefault(t, t)).toList();
        return new NoteLine(n.text(), table, where, tags, n.keyPoint());
    }

    static String tableName(Session s, String tableId) {
        for (Exercise e : s.exercises()) {
            for (Group g : e.groups()) {
                if (g.id().equals(tableId)) {
                    return g.displayName();
                }
            }
        }
        return tableId;
    }

    // ---- exercises --------------------------------------------------------------------------

    public static String title(Exercise e) {
        return e.title() == null || e.title().isBlank() ? e.id() : e.title();
    }

    /** A step's title without markup; an untitled step by its id. */
    public static String stepTitle(Step s) {
        return s.title() == null || s.title().isBlank() ? s.id() : Emphasis.plain(s.title());
    }

    /** "Trin 2 · Tal om": how a table's notes are labelled (the step's prompt is printed once, with the steps). */
    public static String stepLabel(Exercise e, Step s, Messages m) {
        return m.get("pdf.stepLabel", e.steps().indexOf(s) + 1, stepTitle(s));
    }

    /** "8 min. planlagt, 9 min. 12 sek. brugt", "uden tid". */
    public static String stepTime(Exercise e, Step s, Messages m) {
        if (s.minutes() == null) {
            Long used = usedSeconds(e, s);
            return used == null ? m.get("pdf.untimed") : m.get("pdf.untimedUsed", duration(used, m));
        }
        String planned = minutes(s.minutes(), m);
        Long used = usedSeconds(e, s);
        return used == null ? m.get("pdf.minutesPlanned", planned)
                : m.get("pdf.minutesPlannedActual", planned, duration(used, m));
    }

    /**
     * The exercise's time in one line, the plan first and the source's words as the source's:
     * "I alt 10 min. planlagt, 11 min. 12 sek. brugt. Kildens tid: Ca. 10 minutter." Null when
     * there is nothing to say.
     */
    public static String timeLine(Exercise e, Messages m) {
        double planned = e.plannedMinutes();
        long used = 0;
        boolean anyUsed = false;
        for (Step s : e.steps()) {
            Long u = usedSeconds(e, s);
            if (u != null) {
                used += u;
                anyUsed = true;
            }
        }
        List<String> parts = new ArrayList<>();
        if (planned > 0) {
            parts.add(anyUsed ? m.get("pdf.totalPlannedUsed", minutes(planned, m), duration(used, m))
                    : m.get("pdf.totalPlanned", minutes(planned, m)));
        } else if (anyUsed) {
            parts.add(m.get("pdf.totalUsed", duration(used, m)));
        }
        if (e.time() != null && !e.time().isBlank()) {
            parts.add(m.get("pdf.sourceTime", e.time()));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    static String minutes(double value, Messages m) {
        NumberFormat nf = NumberFormat.getNumberInstance(m.locale());
        nf.setMaximumFractionDigits(1);
        return nf.format(value);
    }

    /** "45 sek.", "2 min.", "9 min. 12 sek." — never a decimal fraction of a minute. */
    public static String duration(long seconds, Messages m) {
        long min = seconds / 60;
        long sec = seconds % 60;
        if (min == 0) {
            return m.get("pdf.seconds", sec);
        }
        return sec == 0 ? m.get("pdf.wholeMinutes", min) : m.get("pdf.minutesSeconds", min, sec);
    }

    /** Seconds the step actually ran (from run[]), without pauses; null when not recorded. */
    static Long usedSeconds(Exercise e, Step s) {
        double seconds = 0;
        boolean found = false;
        for (StepRun r : e.run()) {
            if (s.id().equals(r.stepId()) && r.startedAt() != null && r.endedAt() != null) {
                try {
                    Duration d = Duration.between(OffsetDateTime.parse(r.startedAt()), OffsetDateTime.parse(r.endedAt()));
                    seconds += Math.max(0, d.toMillis() / 1000.0 - (r.pausedSeconds() == null ? 0 : r.pausedSeconds()));
                    found = true;
                } catch (DateTimeParseException ex) {
                    // Validated on read; a record built in code may still be odd: left out of the sum.
                    java.util.logging.Logger.getLogger(Summary.class.getName()).log(java.util.logging.Level.WARNING,
                            "step run of " + e.id() + "/" + s.id() + " with unreadable times left out", ex);
                }
            }
        }
        return found ? Math.round(seconds) : null;
    }

    /** A table's notes by step (in the steps' order), then those of no step, under their labels. */
    public record StepNotes(String label, List<Note> notes) {}

    public static List<StepNotes> byStep(Exercise e, Group g, Messages m) {
        Map<String, List<Note>> byStep = new LinkedHashMap<>();
        e.steps().forEach(s -> byStep.put(s.id(), new ArrayList<>()));
        List<Note> other = new ArrayList<>();
        for (Note n : g.notes()) {
            List<Note> list = n.stepId() == null ? null : byStep.get(n.stepId());
            (list == null ? other : list).add(n);
        }
        List<StepNotes> out = new ArrayList<>();
        for (Step s : e.steps()) {
            if (!byStep.get(s.id()).isEmpty()) {
                out.add(new StepNotes(stepLabel(e, s, m), byStep.get(s.id())));
            }
        }
        if (!other.isEmpty()) {
            out.add(new StepNotes(m.get("pdf.otherNotes"), other));
        }
        return out;
    }

    /** "Bord 3, Bord 5 og Bord 7": the tables of the exercise that wrote nothing, or null. */
    public static String withoutNotes(Exercise e, Messages m) {
        List<String> names = e.groups().stream().filter(g -> g.notes().isEmpty()).map(Group::displayName).toList();
        if (names.isEmpty()) {
            return null;
        }
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " " + m.get("pdf.and") + " "
                        + names.get(names.size() - 1);
        return m.get("pdf.withoutNotes", list);
    }

    // ---- one row per note (Excel, CSV) ------------------------------------------------------

    /** A note as a row: exercise, step, table, theme, tags, key point, time, text. */
    public record Row(String exercise, String step, String table, String theme, String tags, boolean key, String at,
            String text) {}

    /** A recorded time (ISO with its offset) as the clocks in {@code zone} showed it; null when empty or unreadable. */
    static java.time.LocalDateTime local(String iso, java.time.ZoneId zone) {
        if (iso == null || iso.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return null; // checked when the file was read; written as it is
        }
    }

    public static List<Row> rows(Session s, Messages m) {
        Board board = Board.of(s);
        Map<String, String> tagNames = new HashMap<>();
        board.tagsInUse().forEach(t -> tagNames.put(t.id(), t.name()));
        Map<String, String> themeNames = new HashMap<>();
        board.themes().forEach(t -> themeNames.put(t.id(), t.name()));
        List<Row> rows = new ArrayList<>(s.noteCount());
        for (BoardNotes.Placed p : BoardNotes.of(s)) {
            Note n = p.note();
            String exercise;
            String step;
            String table;
            if (p.harvest()) {
                exercise = m.get("pdf.harvest");
                step = s.harvest().get(p.promptIndex()).prompt();
                table = p.table() == null ? "" : tableName(s, p.table());
            } else {
                Exercise e = s.exercises().stream().filter(x -> x.id().equals(p.exerciseId())).findFirst().orElseThrow();
                exercise = title(e);
                step = n.stepId() == null ? "" : e.step(n.stepId()).map(Summary::stepTitle).orElse(n.stepId());
                table = e.groups().stream().filter(g -> g.id().equals(p.groupId())).findFirst()
                        .map(Group::displayName).orElse(p.groupId());
            }
            String theme = n.theme() == null ? "" : themeNames.getOrDefault(n.theme(), "");
            String tags = String.join(", ", n.tags().stream().map(t -> tagNames.getOrDefault(t, t)).toList());
            rows.add(new Row(exercise, step, table, theme, tags, n.keyPoint(), n.at() == null ? "" : n.at(), n.text()));
        }
        return rows;
    }
}
