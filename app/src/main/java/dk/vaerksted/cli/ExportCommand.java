package dk.vaerksted.cli;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.export.ExportOptions;
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
 * Exports PDF summaries. One file and {@code -o}: one PDF. Several files: {@code --merge -o} puts
 * them into one PDF; {@code --out-dir} writes one PDF each. Every file is read before anything
 * is written, so a bad file leaves no partial output.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export session files as PDF summaries.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    VaerkstedCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", description = "The PDF to write.")
    Path output;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write one PDF per session into DIR.")
    Path outDir;

    @Option(names = "--merge", description = "Put several sessions into one PDF (with -o).")
    boolean merge;

    @Option(names = "--with-names", description = "Print group members' names (personal data; off by default).")
    boolean withNames;

    @Override
    public Integer call() {
        Messages m = parent.messages();
        if ((output == null) == (outDir == null)) {
            parent.err.println("vaerksted export: " + m.get("cli.outputOrDir"));
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
        ExportOptions options = new ExportOptions(withNames);
        Path current = output;
        try {
            if (output != null) {
                int pages = exporter.export(sessions, options, output);
                parent.out.println(m.get("export.written", output, pages));
            } else {
                Files.createDirectories(outDir);
                List<String> used = new ArrayList<>();
                for (int i = 0; i < sessions.size(); i++) {
                    String name = ExportNames.unique(ExportNames.pdfName(files.get(i)), used);
                    used.add(name);
                    current = outDir.resolve(name);
                    int pages = exporter.export(List.of(sessions.get(i)), options, current);
                    parent.out.println(m.get("export.written", current, pages));
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
