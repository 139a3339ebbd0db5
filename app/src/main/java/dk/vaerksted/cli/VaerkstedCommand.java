package dk.vaerksted.cli;

import dk.vaerksted.core.i18n.Messages;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vaerksted [FILE]} opens the app (with FILE); {@code validate} and {@code export} run
 * without a display. Errors are printed compiler-style, never as a stack trace.
 */
@Command(name = "vaerksted", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Værksted: principle cards, timed group discussions, notes and PDF summaries.",
                "Without a command: opens the app (and FILE, if given)."},
        subcommands = {ValidateCommand.class, ExportCommand.class, CardsCommand.class, RoomCommand.class})
public final class VaerkstedCommand implements Callable<Integer> {
    /** Returned when the window was opened and the process must stay alive. */
    public static final int WINDOW_OPENED = -1;

    @Option(names = "--lang", paramLabel = "da|en",
            description = "Language of messages (default: the system's; Danish for da/nb/nn).")
    String lang;

    @Option(names = "--startup-probe",
            description = "Start the app, print first-frame-ms=N (process start to the first frame) and exit.")
    boolean startupProbe;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A *.session.json file to open.")
    Path file;

    PrintStream out;
    PrintStream err;

    Messages messages() {
        Locale chosen = Messages.parseLanguage(lang);
        return Messages.core(chosen != null ? chosen : Locale.getDefault());
    }

    @Override
    public Integer call() {
        dk.vaerksted.ui.VaerkstedApp.launchApp(file, lang, startupProbe);
        return WINDOW_OPENED;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        VaerkstedCommand root = new VaerkstedCommand();
        root.out = out;
        root.err = err;
        CommandLine cl = new CommandLine(root);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(root, args, ex));
        return cl.execute(args);
    }

    /** A command that threw: logged with its arguments, said in one line; exit code 2. */
    static int failed(VaerkstedCommand root, String[] args, Exception ex) {
        java.util.logging.Logger.getLogger(VaerkstedCommand.class.getName())
                .log(java.util.logging.Level.SEVERE, "command failed: " + String.join(" ", args), ex);
        root.err.println("vaerksted: " + dk.vaerksted.core.i18n.Failures.describe(ex, root.messages()) + logPlace());
        return 2;
    }

    /**
     * Runs the plain export ({@code [--lang L] export FILE -o OUT [--timings] [--with-names]
     * [--overview-only]}) without the command-line parser, which costs 150–250 ms in a fresh
     * process (its classes are too old for the class-data archive); null for anything else,
     * which {@link #run} handles. The export itself is the same {@code export} command.
     */
    public static Integer runPlainExport(String[] args, PrintStream out, PrintStream err) {
        VaerkstedCommand root = new VaerkstedCommand();
        ExportCommand export = ExportCommand.plain(args, root);
        if (export == null) {
            return null;
        }
        root.out = out;
        root.err = err;
        try {
            return export.call();
        } catch (RuntimeException e) {
            return failed(root, args, e);
        }
    }

    /** " (log: FILE)" when the log is written to a file, for messages that point to it. */
    static String logPlace() {
        java.nio.file.Path log = dk.vaerksted.core.log.AppLog.file();
        return log == null ? "" : " (" + log + ")";
    }
}
