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
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            java.util.logging.Logger.getLogger(VaerkstedCommand.class.getName())
                    .log(java.util.logging.Level.SEVERE, "command failed: " + String.join(" ", args), ex);
            err.println("vaerksted: " + dk.vaerksted.core.i18n.Failures.describe(ex, root.messages()) + logPlace());
            return 2;
        });
        return cl.execute(args);
    }

    /** " (log: FILE)" when the log is written to a file, for messages that point to it. */
    static String logPlace() {
        java.nio.file.Path log = dk.vaerksted.core.log.AppLog.file();
        return log == null ? "" : " (" + log + ")";
    }
}
