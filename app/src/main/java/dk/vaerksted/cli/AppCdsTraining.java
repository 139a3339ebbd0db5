package dk.vaerksted.cli;

/**
 * The training run behind the launcher's class-data-sharing archive (made at package time by
 * {@code src/build/appcds-training.sh}): it loads the classes a real start loads, so the archive
 * holds them. Usage: {@code AppCdsTraining SAMPLE.session.json OUT.pdf [--window]}.
 */
public final class AppCdsTraining {
    private AppCdsTraining() {}

    public static void main(String[] args) {
        int code = VaerkstedCommand.run(new String[] {"validate", args[0]}, System.out, System.err);
        if (code == 0) {
            code = VaerkstedCommand.run(new String[] {"export", args[0], "-o", args[1]}, System.out, System.err);
        }
        if (code == 0 && args.length > 2 && args[2].equals("--window")) {
            // Opens the window (and the sample in it), prints first-frame-ms and returns.
            VaerkstedCommand.run(new String[] {"--startup-probe", args[0]}, System.out, System.err);
        }
        System.exit(code);
    }
}
