package dk.vaerksted.export;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.AtomicFiles;
import dk.vaerksted.core.session.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One row per note, for a spreadsheet: exercise, step, table, theme, tags, key point, time, text
 * (with the session first when several are merged). UTF-8 with a byte-order mark, so Excel shows
 * æøå; separated by ";" for a Danish session (Danish Excel's list separator, the comma being its
 * decimal sign) and "," otherwise; quoted as RFC 4180 says; lines end in CR LF. A note's time is
 * the local time in the computer's zone as Excel reads a date and time in any language
 * ("2026-12-02 17:11:21"), not the file's ISO form with its offset.
 */
final class CsvExporter {
    private CsvExporter() {}

    static int write(List<Session> sessions, ZoneId zone, Path target) throws IOException {
        Messages m = PdfSummaryExporter.messages(sessions.get(0));
        char sep = m.locale().getLanguage().equals("da") ? ';' : ',';
        boolean merged = sessions.size() > 1;
        StringBuilder b = new StringBuilder(256 * 1024);
        b.append('\uFEFF');
        List<String> head = new ArrayList<>(header(m));
        if (merged) {
            head.add(0, m.get("rows.session"));
        }
        line(b, head, sep);
        int rows = 0;
        for (Session s : sessions) {
            Messages sm = PdfSummaryExporter.messages(s);
            for (Summary.Row r : Summary.rows(s, sm)) {
                List<String> cells = new ArrayList<>(cells(r, sm));
                cells.set(6, localTime(r.at(), zone));
                if (merged) {
                    cells.add(0, s.title());
                }
                line(b, cells, sep);
                rows++;
            }
        }
        AtomicFiles.write(target, b.toString().getBytes(StandardCharsets.UTF_8));
        return rows;
    }

    static List<String> header(Messages m) {
        return List.of(m.get("rows.exercise"), m.get("rows.step"), m.get("rows.table"), m.get("rows.theme"),
                m.get("rows.tags"), m.get("rows.keyPoint"), m.get("rows.time"), m.get("rows.text"));
    }

    static List<String> cells(Summary.Row r, Messages m) {
        return List.of(r.exercise(), r.step(), r.table(), r.theme(), r.tags(), r.key() ? m.get("rows.yes") : "",
                r.at(), r.text());
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** "2026-12-02 17:11:21": a recorded time as the clocks in {@code zone} showed it; as written when it cannot be read. */
    static String localTime(String iso, ZoneId zone) {
        LocalDateTime t = Summary.local(iso, zone);
        return t == null ? iso : LOCAL.format(t);
    }

    private static void line(StringBuilder b, List<String> cells, char sep) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(sep);
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            c = guard(c);
            if (c.indexOf(sep) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append("\r\n");
    }

    /**
     * A note beginning with = + - or @ would be taken for a formula by a spreadsheet (CSV
     * injection): it gets a leading space, which keeps its words and makes it text.
     */
    static String guard(String c) {
        return !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 ? " " + c : c;
    }
}
