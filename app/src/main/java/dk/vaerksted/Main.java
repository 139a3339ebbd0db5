package dk.vaerksted;

import dk.vaerksted.cli.VaerkstedCommand;

/** Entry point of the launcher: the command line decides between the window and a subcommand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = VaerkstedCommand.run(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
        // A negative code means the window was opened; the JavaFX runtime decides when to exit.
    }
}
