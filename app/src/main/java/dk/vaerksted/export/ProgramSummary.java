package dk.vaerksted.export;

import dk.vaerksted.core.day.Schedule;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.core.session.ReportRound;
import dk.vaerksted.core.session.Session;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a summary says about the day's program, for the PDF and the Word document alike: each item
 * with its planned start and minutes against when it really started and how long it took (skipped
 * items and items never held said so), how the day ended, then each report-back round with the
 * time every table used. The plan's times are its clock faces as written; the actual ones are the
 * recorded times on their own clocks, shown as a clock shows them ({@link Schedule#clockFace}).
 *
 * @param source  "Kilde: …" when the program names its source, else null
 * @param example the note that the times are the built-in example's, else null
 * @param end     "Sidste punkt sluttede kl. …", once the day has ended, else null
 */
record ProgramSummary(String source, String example, List<Item> items, String end, List<Round> rounds) {

    /**
     * One item.
     *
     * @param planned   the plan's start ("09.00"), or ""
     * @param actual    when it started ("09.04"), or ""
     * @param when      both as the PDF heads the item: "09.00 → 09.04", or the one there is
     * @param kind      "Oplæg", "Pause", …
     * @param speaker   who speaks, when the title does not say it already, else null
     * @param minutes   the planned minutes ("15 min."), or ""
     * @param used      the time it took ("19 min. 12 sek."), "sprunget over", "ikke holdt", or ""
     * @param detail    kind, speaker and times in one line: "Oplæg · Anne Vest · planlagt 15 min., brugt 19 min."
     */
    record Item(String planned, String actual, String when, String title, String kind, String speaker,
            String minutes, String used, String detail) {}

    /** A report-back round: its heading, how it was set up, and one line per table. */
    record Round(String heading, String setup, List<String> turns) {}

    static ProgramSummary of(Session session, Program program, Messages m) {
        NumberFormat number = NumberFormat.getNumberInstance(m.locale());
        number.setMaximumFractionDigits(1);
        String source = program.source() != null && !program.source().isBlank()
                ? m.get("pdf.sourceOf", program.source()) : null;
        String example = program.exampleTimes() ? m.get("pdf.programExample") : null;
        List<ProgramItem> all = program.items();
        List<LocalTime> planned = plannedStarts(all);
        int lastStarted = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).started()) {
                lastStarted = i;
            }
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ProgramItem it = all.get(i);
            String plan = planned.get(i) == null ? "" : Program.clockText(planned.get(i));
            String actual = clock(it.startedAt());
            String when = actual == null ? plan : plan.isEmpty() ? actual : m.get("pdf.programWhen", plan, actual);
            String title = it.displayTitle(session);
            String speaker = it.speaker() != null && !it.speaker().isBlank() && !title.contains(it.speaker())
                    ? it.speaker() : null;
            String minutes = it.minutes() == null ? "" : m.get("pdf.wholeMinutes", number.format(it.minutes()));
            Long seconds = usedSeconds(it);
            String used = "";
            if (!it.started()) {
                if (lastStarted >= 0) {
                    used = m.get(i < lastStarted ? "pdf.programSkipped" : "pdf.programNotHeld");
                }
            } else if (seconds != null) {
                used = Summary.duration(seconds, m);
            }
            List<String> parts = new ArrayList<>();
            parts.add(m.get("pdf.kind." + it.kind().word()));
            if (speaker != null) {
                parts.add(speaker);
            }
            if (!it.started()) {
                if (it.minutes() != null) {
                    parts.add(m.get("pdf.programPlanned", number.format(it.minutes())));
                }
                if (!used.isEmpty()) {
                    parts.add(used);
                }
            } else if (it.minutes() != null && seconds != null) {
                parts.add(m.get("pdf.programPlannedUsed", number.format(it.minutes()), used));
            } else if (seconds != null) {
                parts.add(m.get("pdf.programUsed", used));
            } else if (it.minutes() != null) {
                parts.add(m.get("pdf.programPlanned", number.format(it.minutes())));
            }
            items.add(new Item(plan, actual == null ? "" : actual, when, title, m.get("pdf.kind." + it.kind().word()),
                    speaker, minutes, used, String.join("  ·  ", parts)));
        }
        List<Round> rounds = new ArrayList<>();
        for (ProgramItem it : all) {
            if (it.round() != null) {
                rounds.add(round(session, it, m, number));
            }
        }
        return new ProgramSummary(source, example, List.copyOf(items), end(all, planned, m), List.copyOf(rounds));
    }

    /** "Sidste punkt sluttede kl. 15.35, 5 min. efter planen." — once the last item held has ended. */
    private static String end(List<ProgramItem> items, List<LocalTime> planned, Messages m) {
        for (int i = items.size() - 1; i >= 0; i--) {
            ProgramItem it = items.get(i);
            if (!it.started()) {
                continue;
            }
            String end = clock(it.endedAt());
            LocalTime plannedEnd = planned.get(i) == null || it.minutes() == null ? null
                    : planned.get(i).plusSeconds(Math.round(it.minutes() * 60));
            if (end == null || plannedEnd == null) {
                return null;
            }
            OffsetDateTime actual = OffsetDateTime.parse(it.endedAt());
            long late = Schedule.minutes(actual.with(plannedEnd).toInstant(), actual.toInstant());
            String key = late > 0 ? "pdf.programEndLate" : late < 0 ? "pdf.programEndEarly" : "pdf.programEndOnTime";
            return m.get(key, end, Math.abs(late));
        }
        return null;
    }

    /** The round: minutes each, the order, and what each table used. */
    private static Round round(Session session, ProgramItem it, Messages m, NumberFormat number) {
        ReportRound r = it.round();
        Map<String, String> names = new LinkedHashMap<>();
        for (Exercise e : session.exercises()) {
            e.groups().forEach(g -> names.putIfAbsent(g.id(), g.displayName()));
        }
        Map<String, Long> used = r.usedSeconds();
        List<String> skipped = r.skippedOnly();
        List<String> turns = new ArrayList<>();
        for (String table : r.order()) {
            String name = names.getOrDefault(table, table);
            Long s = used.get(table);
            turns.add(s != null ? m.get("pdf.roundTurn", name, String.format("%d:%02d", s / 60, s % 60))
                    : m.get(skipped.contains(table) ? "pdf.roundSkipped" : "pdf.roundNotHeard", name));
        }
        return new Round(m.get("pdf.round", it.displayTitle(session)), m.get("pdf.roundSetup",
                number.format(r.minutesEach()), m.get(r.shuffled() ? "pdf.roundShuffled" : "pdf.roundSeated")),
                List.copyOf(turns));
    }

    /** The plan's start of each item as its clock face: its own start, else the end of the one before. */
    static List<LocalTime> plannedStarts(List<ProgramItem> items) {
        List<LocalTime> out = new ArrayList<>();
        LocalTime end = null;
        for (ProgramItem it : items) {
            LocalTime start = it.start() != null ? it.start() : end;
            out.add(start);
            end = start == null || it.minutes() == null ? null : start.plusSeconds(Math.round(it.minutes() * 60));
        }
        return out;
    }

    /** "09.04": the time of day a recorded date-time says, on its own clock; null when none. */
    private static String clock(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Program.clockText(Schedule.clockFace(OffsetDateTime.parse(iso)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long usedSeconds(ProgramItem it) {
        if (it.startedAt() == null || it.endedAt() == null) {
            return null;
        }
        try {
            return Math.max(0, Duration.between(OffsetDateTime.parse(it.startedAt()),
                    OffsetDateTime.parse(it.endedAt())).getSeconds());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
