package dk.vaerksted.export;

import dk.vaerksted.core.session.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Every summary format, chosen by the output's extension: {@code .pdf} (the participants'
 * summary), {@code .docx} (the same content and order, for Word), {@code .xlsx} and {@code .csv}
 * (one row per note). Word and Excel need Apache POI, which is loaded only when one is written.
 */
public final class Exports {
    private Exports() {}

    /** The formats, by extension. */
    public enum Format {
        PDF("pdf"), DOCX("docx"), XLSX("xlsx"), CSV("csv");

        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The format of a file name by its extension, or null for one we do not write. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (name.endsWith("." + f.extension)) {
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * What was written: pages of a PDF, or the number of notes (rows, list items) of the others.
     */
    public record Written(Format format, int count) {}

    /**
     * What an export of these sessions holds, for the sentence that says what was written: every
     * note, the tables they come from (counted per session: two facilitators' Bord 1 are two
     * tables), and how many sessions.
     */
    public record Contents(int notes, int tables, int sessions) {
        public static Contents of(List<Session> sessions) {
            int notes = 0;
            int tables = 0;
            for (Session s : sessions) {
                notes += s.noteCount();
                java.util.Set<String> from = new java.util.HashSet<>();
                s.exercises().forEach(e -> e.groups().stream().filter(g -> !g.notes().isEmpty())
                        .forEach(g -> from.add(g.id())));
                s.harvest().forEach(h -> h.notes().stream().filter(n -> n.table() != null)
                        .forEach(n -> from.add(n.table())));
                tables += from.size();
            }
            return new Contents(notes, tables, sessions.size());
        }
    }

    /** Writes the sessions (merged, each part labelled) to {@code target} in the format of its extension. */
    public static Written write(PdfSummaryExporter pdf, List<Session> sessions, ExportOptions options, Path target)
            throws IOException {
        return write(pdf, sessions, options, target, ExportTimings.OFF);
    }

    /** As {@link #write(PdfSummaryExporter, List, ExportOptions, Path)}; a PDF's phases are recorded in {@code timings}. */
    public static Written write(PdfSummaryExporter pdf, List<Session> sessions, ExportOptions options, Path target,
            ExportTimings timings) throws IOException {
        Format f = Format.of(target);
        if (f == null) {
            throw new IllegalArgumentException("no format for " + target);
        }
        return switch (f) {
            case PDF -> new Written(f, pdf.export(sessions, options, target, timings));
            case CSV -> new Written(f, CsvExporter.write(sessions, options.zone(), target));
            // Separate classes, called statically: POI is loaded only here.
            case DOCX -> new Written(f, DocxExporter.write(sessions, options, target));
            case XLSX -> new Written(f, XlsxExporter.write(sessions, options.zone(), target));
        };
    }

    /**
     * What was written, as a sentence in {@code m}'s language: "Skrev opsamling.pdf: 22 sider med 198
     * noter fra 16 borde.", "Skrev opsamling.docx: 198 noter fra 16 borde.", "Skrev noter.csv: …, én
     * række pr. note." ({@code file} as the caller shows it: a path, or only its name).
     */
    public static String sentence(dk.vaerksted.core.i18n.Messages m, Object file, Written w, List<Session> sessions,
            boolean overviewOnly) {
        Contents c = Contents.of(sessions);
        String notes = m.get("export.notesFrom", c.notes(), c.tables(), c.sessions());
        String key = switch (w.format()) {
            case PDF -> overviewOnly ? "export.wrotePdfOverview" : "export.wrotePdf";
            case DOCX -> overviewOnly ? "export.wroteDocumentOverview" : "export.wroteDocument";
            case XLSX, CSV -> "export.wroteRows";
        };
        return m.get(key, file, w.count(), notes);
    }
}
