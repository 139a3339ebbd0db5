package dk.vaerksted.export;

import dk.vaerksted.core.day.Schedule;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.core.session.ReportRound;
import dk.vaerksted.core.session.Session;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The day's program in the summary: each item with its planned start and minutes against when it
 * really started and how long it took (skipped items and items never held said so), then each
 * report-back round with the time every table used. The plan's times are its clock faces as
 * written; the actual ones are the recorded times on their own clocks. Marked when the times are
 * the built-in example's.
 */
final class ProgramPages {
    private static final PdfLayout.Style H1 = PdfLayout.Style.of(17, PdfLayout.INK, true);
    private static final PdfLayout.Style H2 = PdfLayout.Style.of(13, PdfLayout.INK, true);
    private static final PdfLayout.Style BODY = PdfLayout.Style.of(10.5f, PdfLayout.INK, false);
    private static final PdfLayout.Style LINE = PdfLayout.Style.of(10.5f, PdfLayout.INK, true);
    private static final PdfLayout.Style MUTED = PdfLayout.Style.of(10.5f, PdfLayout.GREY, false);
    private static final PdfLayout.Style SMALL = PdfLayout.Style.of(8.5f, PdfLayout.GREY, false);

    private final PdfLayout layout;
    private final PdfTags tags;
    private final Session session;
    private final Program program;
    private final Messages m;
    private final NumberFormat number;

    ProgramPages(PdfLayout layout, PdfTags tags, Session session, Program program, Messages m) {
        this.layout = layout;
        this.tags = tags;
        this.session = session;
        this.program = program;
        this.m = m;
        this.number = NumberFormat.getNumberInstance(m.locale());
        number.setMaximumFractionDigits(1);
    }

    /** Writes the program from the current page on, under {@code parent} in the bookmarks. */
    void write(PDOutlineItem parent) throws IOException {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(m.get("pdf.program"));
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(layout.currentPage());
        dest.setTop((int) layout.y());
        item.setDestination(dest);
        parent.addLast(item);

        text(m.get("pdf.program"), H1, 0, tags.heading(2));
        if (program.source() != null && !program.source().isBlank()) {
            text(m.get("pdf.sourceOf", program.source()), SMALL, 4, tags.paragraph());
        }
        if (program.exampleTimes()) {
            text(m.get("pdf.programExample"), MUTED, 4, tags.paragraph());
        }
        List<ProgramItem> items = program.items();
        List<LocalTime> planned = plannedStarts(items);
        int lastStarted = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).started()) {
                lastStarted = i;
            }
        }
        tags.open(StandardStructureTypes.L);
        for (int i = 0; i < items.size(); i++) {
            ProgramItem it = items.get(i);
            String plan = planned.get(i) == null ? "" : Program.clockText(planned.get(i));
            String actual = clock(it.startedAt());
            String when = actual == null ? plan : plan.isEmpty() ? actual : m.get("pdf.programWhen", plan, actual);
            PdfTags.Tag tag = tags.item();
            List<PdfLayout.Line> first = layout.wrapPlain(when + "   " + it.displayTitle(session), LINE, 14, "•");
            layout.keep(PdfLayout.height(first) + BODY.leading() + 4);
            layout.flow(PdfTags.apply(first, tag), 5);
            layout.flow(PdfTags.apply(layout.wrapPlain(detail(it, i, lastStarted), MUTED, 14, null), tag), 0);
        }
        tags.close();
        summary(items, planned);
        for (ProgramItem it : items) {
            if (it.round() != null) {
                round(it);
            }
        }
    }

    /** "Oplæg · Anne Vest (CFIA) · planlagt 45 min., brugt 52 min. 10 sek.", "sprunget over", "ikke holdt". */
    private String detail(ProgramItem it, int index, int lastStarted) {
        List<String> parts = new ArrayList<>();
        parts.add(m.get("pdf.kind." + it.kind().word()));
        if (it.speaker() != null && !it.speaker().isBlank() && !it.displayTitle(session).contains(it.speaker())) {
            parts.add(it.speaker());
        }
        Long used = usedSeconds(it);
        if (!it.started()) {
            if (it.minutes() != null) {
                parts.add(m.get("pdf.programPlanned", number.format(it.minutes())));
            }
            if (lastStarted >= 0) {
                parts.add(m.get(index < lastStarted ? "pdf.programSkipped" : "pdf.programNotHeld"));
            }
        } else if (it.minutes() != null && used != null) {
            parts.add(m.get("pdf.programPlannedUsed", number.format(it.minutes()), Summary.duration(used, m)));
        } else if (used != null) {
            parts.add(m.get("pdf.programUsed", Summary.duration(used, m)));
        } else if (it.minutes() != null) {
            parts.add(m.get("pdf.programPlanned", number.format(it.minutes())));
        }
        return String.join("  ·  ", parts);
    }

    /** "Sidste punkt sluttede kl. 15.35, 5 min. efter planen." — once the day has ended. */
    private void summary(List<ProgramItem> items, List<LocalTime> planned) throws IOException {
        for (int i = items.size() - 1; i >= 0; i--) {
            ProgramItem it = items.get(i);
            if (!it.started()) {
                continue;
            }
            String end = clock(it.endedAt());
            LocalTime plannedEnd = planned.get(i) == null || it.minutes() == null ? null
                    : planned.get(i).plusSeconds(Math.round(it.minutes() * 60));
            if (end != null && plannedEnd != null) {
                OffsetDateTime actual = OffsetDateTime.parse(it.endedAt());
                long late = Schedule.minutes(actual.with(plannedEnd).toInstant(), actual.toInstant());
                String key = late > 0 ? "pdf.programEndLate" : late < 0 ? "pdf.programEndEarly" : "pdf.programEndOnTime";
                text(m.get(key, end, Math.abs(late)), BODY, 10, tags.paragraph());
            }
            return;
        }
    }

    /** The round: minutes each, the order, and what each table used. */
    private void round(ProgramItem it) throws IOException {
        ReportRound r = it.round();
        layout.keep(H2.leading() + 16 + BODY.leading() * 3);
        text(m.get("pdf.round", it.displayTitle(session)), H2, 16, tags.heading(3));
        text(m.get("pdf.roundSetup", number.format(r.minutesEach()),
                m.get(r.shuffled() ? "pdf.roundShuffled" : "pdf.roundSeated")), MUTED, 2, tags.paragraph());
        Map<String, String> names = new LinkedHashMap<>();
        for (Exercise e : session.exercises()) {
            e.groups().forEach(g -> names.putIfAbsent(g.id(), g.displayName()));
        }
        Map<String, Long> used = r.usedSeconds();
        List<String> skipped = r.skippedOnly();
        tags.open(StandardStructureTypes.L);
        for (String table : r.order()) {
            String name = names.getOrDefault(table, table);
            Long s = used.get(table);
            String line = s != null ? m.get("pdf.roundTurn", name, String.format("%d:%02d", s / 60, s % 60))
                    : m.get(skipped.contains(table) ? "pdf.roundSkipped" : "pdf.roundNotHeard", name);
            layout.flow(PdfTags.apply(layout.wrapPlain(line, BODY, 14, "•"), tags.item()), 2);
        }
        tags.close();
    }

    private void text(String s, PdfLayout.Style style, float before, PdfTags.Tag tag) throws IOException {
        layout.flow(PdfTags.apply(layout.wrapPlain(s, style, 0, null), tag), before);
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

    /** "09.04": the time of day a recorded date-time says, on its own clock ({@link Schedule#clockFace}); null when none. */
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
