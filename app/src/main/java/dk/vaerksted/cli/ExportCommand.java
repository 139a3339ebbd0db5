package dk.vaerksted.cli;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.export.ExportOptions;
import dk.vaerksted.export.ExportTimings;
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

    @Option(names = "--timings", description = "Print where the time went (read, fonts, layout, save…, in ms) to standard error.")
    boolean timings;

    @Option(names = "--format", paramLabel = "pdf|docx|xlsx|csv", description = "The format with --out-dir (pdf by default).")
    String format = "pdf";

    /**
     * The export of {@code [--lang L] export FILE -o OUT} with at most the flags {@code --timings},
     * {@code --with-names} and {@code --overview-only}, as picocli would make it (the language set
     * on {@code root}); null for any other command line, or one picocli would read differently
     * ({@code @file} arguments, {@code --}, options it abbreviates or clusters).
     */
    static ExportCommand plain(String[] args, VaerkstedCommand root) {
        ExportCommand c = new ExportCommand();
        int i = 0;
        if (i < args.length && args[i].startsWith("--lang=")) {
            root.lang = args[i++].substring("--lang=".length());
        } else if (i + 1 < args.length && args[i].equals("--lang")) {
            root.lang = args[i + 1];
            i += 2;
        }
        if (i >= args.length || !args[i++].equals("export")) {
            return null;
        }
        String file = null;
        String out = null;
        java.util.Set<String> flags = new java.util.HashSet<>();
        for (; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-o", "--output" -> {
                    if (out != null || i + 1 >= args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
                        return null;
                    }
                    out = args[++i];
                }
                case "--timings", "--with-names", "--overview-only" -> {
                    if (!flags.add(a)) {
                        return null; // picocli refuses an option given twice
                    }
                }
                default -> {
                    if (file != null || a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
                        return null;
                    }
                    file = a;
                }
            }
        }
        if (file == null || out == null || (root.lang != null && (root.lang.isEmpty() || root.lang.startsWith("-") || root.lang.startsWith("@")))) {
            return null;
        }
        try {
            c.files = List.of(Path.of(file));
            c.output = Path.of(out);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        c.timings = flags.contains("--timings");
        c.withNames = flags.contains("--with-names");
        c.overviewOnly = flags.contains("--overview-only");
        c.parent = root;
        return c;
    }

    /**
     * What was written, as a sentence: "Skrev opsamling.docx: 198 noter fra 16 borde.", "Skrev
     * opsamling.pdf: 22 sider med 198 noter fra 16 borde.", "Skrev noter.csv: …, én række pr. note."
     */
    private void report(Messages m, Path file, Exports.Written w, List<Session> sessions) {
        parent.out.println(Exports.sentence(m, file, w, sessions, overviewOnly));
    }

    @Override
    public Integer call() {
        ExportTimings t = timings ? processTimings() : ExportTimings.OFF;
        t.mark("command line");
        Integer code = call(t);
        if (timings) {
            parent.err.println(t.format());
        }
        return code;
    }

    /** Timings from the moment {@code main} was entered, with the process's start before it (Linux). */
    static ExportTimings processTimings() {
        long main = dk.vaerksted.Main.STARTED;
        ExportTimings t = ExportTimings.startingAt(main);
        long age = processAgeMillis();
        if (age >= 0) {
            t.before("jvm start", Math.max(0, age - (System.nanoTime() - main) / 1_000_000));
        }
        return t;
    }

    /**
     * How long this process has run, to 10 ms, from the kernel's own clock ({@code /proc}: the
     * uptime now and the process's start, both since boot); -1 where there is no {@code /proc}.
     * (Java's {@code ProcessHandle.Info.startInstant} adds the boot time in whole seconds: it can
     * be a second off.)
     */
    static long processAgeMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // The command's name, in brackets, may hold spaces: count fields after its ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(f[19]);
            String uptime = Files.readString(Path.of("/proc/uptime"));
            double up = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            return Math.round(up * 1000) - startTicks * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private Integer call(ExportTimings t) {
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
        PdfSummaryExporter exporter = new PdfSummaryExporter(new PdfFonts());
        if (Exports.Format.of(probe) == Exports.Format.PDF) {
            // The document and its fonts are begun on a second thread while the files are read.
            exporter.prepare();
        }
        t.mark("start");
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
        t.mark("read");
        ExportOptions options = new ExportOptions(withNames, overviewOnly);
        Path current = output;
        try {
            if (output != null) {
                report(m, output, Exports.write(exporter, sessions, options, output, t), sessions);
            } else {
                Files.createDirectories(outDir);
                List<String> used = new ArrayList<>();
                for (int i = 0; i < sessions.size(); i++) {
                    String pdf = ExportNames.pdfName(files.get(i));
                    String name = ExportNames.unique(pdf.substring(0, pdf.length() - 4) + "."
                            + Exports.Format.of(probe).extension, used);
                    used.add(name);
                    current = outDir.resolve(name);
                    report(m, current, Exports.write(exporter, List.of(sessions.get(i)), options, current, t),
                            List.of(sessions.get(i)));
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
