package dk.vaerksted.cli;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.export.ExportOptions;
import dk.vaerksted.export.Exports;
import dk.vaerksted.export.ExportNames;
import dk.vaerksted.export.PdfFonts;
import dk.vaerksted.export.PdfSummaryExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Exports summaries. One file and {@code -o}: one summary, in the format of the output's extension
 * ({@code .pdf}, {@code .docx}, {@code .xlsx}, {@code .csv}). Several files: {@code --merge -o}
 * puts them into one; {@code --out-dir} writes one each ({@code --format}, PDF by default). Every
 * file is read before anything is written, so a bad file leaves no partial output.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export session files as summaries: PDF, Word (.docx), Excel (.xlsx) or CSV, by the output's extension.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    VaerkstedCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The file to write: .pdf, .docx, .xlsx or .csv.")
    Path output;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write one PDF per session into DIR.")
    Path outDir;

    @Option(names = "--merge", description = "Put several sessions into one PDF (with -o).")
    boolean merge;

    @Option(names = "--with-names", description = "Print group members' names (personal data; off by default).")
    boolean withNames;

    @Option(names = "--overview-only", description = "Only the overview: key points, themes, harvest, most used words.")
    boolean overviewOnly;

    @Option(names = "--format", paramLabel = "pdf|docx|xlsx|csv", description = "The format with --out-dir (pdf by default).")
    String format = "pdf";

    private void report(Messages m, Path file, Exports.Written w) {
        parent.out.println(w.format() == Exports.Format.PDF ? m.get("export.written", file, w.count())
                : m.get("export.wroteRows", file, w.count()));
    }

    @Override
    public Integer call() {
        Messages m = parent.messages();
        if ((output == null) == (outDir == null)) {
            parent.err.println("vaerksted export: " + m.get("cli.outputOrDir"));
            return 2;
        }
        Path probe = output != null ? output : Path.of("x." + format.toLowerCase(java.util.Locale.ROOT));
        if (Exports.Format.of(probe) == null) {
            parent.err.println("vaerksted export: " + m.get("cli.unknownFormat", output != null ? output : format));
            return 2;
        }
        if (output != null && files.size() > 1 && !merge) {
            parent.err.println("vaerksted export: " + m.get("cli.severalNeedMerge"));
            return 2;
        }
        SessionStore store = new SessionStore();
        List<Session> sessions = new ArrayList<>();
        boolean failed = false;
        for (Path f : files) {
            try {
                sessions.add(store.readSession(f));
            } catch (SessionFormatException e) {
                parent.err.println(e.describe(m));
                failed = true;
            }
        }
        if (failed) {
            return 1;
        }
        PdfSummaryExporter exporter = new PdfSummaryExporter(new PdfFonts());
        ExportOptions options = new ExportOptions(withNames, overviewOnly);
        Path current = output;
        try {
            if (output != null) {
                report(m, output, Exports.write(exporter, sessions, options, output));
            } else {
                Files.createDirectories(outDir);
                List<String> used = new ArrayList<>();
                for (int i = 0; i < sessions.size(); i++) {
                    String pdf = ExportNames.pdfName(files.get(i));
                    String name = ExportNames.unique(pdf.substring(0, pdf.length() - 4) + "."
                            + Exports.Format.of(probe).extension, used);
                    used.add(name);
                    current = outDir.resolve(name);
                    report(m, current, Exports.write(exporter, List.of(sessions.get(i)), options, current));
                }
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger(getClass().getName())
                    .log(java.util.logging.Level.WARNING, "writing " + current + " failed", e);
            parent.err.println(current + ": " + m.get("export.failed", dk.vaerksted.core.i18n.Failures.describe(e, m))
                    + (e instanceof IOException ? "" : VaerkstedCommand.logPlace()));
            return 1;
        }
    }
}
