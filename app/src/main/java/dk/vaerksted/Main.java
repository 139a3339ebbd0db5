package dk.vaerksted;

import dk.vaerksted.cli.VaerkstedCommand;
import java.nio.file.Path;
import java.util.Set;

/** Entry point of the launcher: the command line decides between the window and a subcommand. */
public final class Main {
    private Main() {}

    /** Words that name a subcommand, never a file to open. */
    private static final Set<String> COMMANDS = Set.of("validate", "export", "cards", "room", "help");

    /** When {@code main} was entered ({@link System#nanoTime()}): where {@code export --timings} starts counting. */
    public static final long STARTED = System.nanoTime();

    public static void main(String[] args) {
        WindowArgs window = windowArgs(args);
        if (window != null) {
            if (window.probe()) {
                dk.vaerksted.ui.StartupProbe.enable();
                dk.vaerksted.ui.Splash.noteIfShown();
            }
            // The common case, opening the window, skips the command-line parser: it costs a
            // quarter of a second before the first frame. Everything else goes through picocli.
            dk.vaerksted.ui.VaerkstedApp.launchApp(window.file(), window.lang(), window.probe());
            return;
        }
        dk.vaerksted.core.log.AppLog.install(dk.vaerksted.core.session.Recovery.defaultFolder().getParent());
        Integer plain = VaerkstedCommand.runPlainExport(args, System.out, System.err);
        if (plain != null) {
            System.exit(plain);
        }
        int code = VaerkstedCommand.run(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
        // A negative code means the window was opened; the JavaFX runtime decides when to exit.
    }

    record WindowArgs(Path file, String lang, boolean probe) {}

    /**
     * The arguments when they only open the window ({@code [--lang=da|en] [--startup-probe] [FILE]});
     * null for anything else (subcommands, help, mistakes), which the full parser handles.
     */
    static WindowArgs windowArgs(String[] args) {
        Path file = null;
        String lang = null;
        boolean probe = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--startup-probe") && !probe) {
                probe = true;
            } else if (a.startsWith("--lang=") && lang == null && a.length() > 7) {
                lang = a.substring(7);
            } else if (a.equals("--lang") && lang == null && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                lang = args[++i];
            } else if (!a.startsWith("-") && file == null && !COMMANDS.contains(a) && !a.isEmpty()) {
                try {
                    file = Path.of(a);
                } catch (java.nio.file.InvalidPathException e) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return new WindowArgs(file, lang, probe);
    }
}
