package dk.vaerksted.cli;

/**
 * The training run behind the launcher's class-data-sharing archive (made at package time by
 * {@code src/build/appcds-training.sh}): it loads the classes a real start loads, so the archive
 * holds them. Usage: {@code AppCdsTraining SAMPLE.session.json OUT.pdf [--window]}, or
 * {@code AppCdsTraining --classes LIST} as the Linux package's install script runs it, where no
 * window can open: it exports the built-in sample in a temporary folder and loads, without
 * initialising, every class named in LIST (the class list of a window run at build time).
 */
public final class AppCdsTraining {
    private AppCdsTraining() {}

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 2 && args[0].equals("--classes")) {
            loadListed(java.nio.file.Path.of(args[1]));
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("vaerksted-training");
            java.nio.file.Path sample = dir.resolve("sample.session.json");
            java.nio.file.Files.write(sample, dk.vaerksted.core.deck.BuiltInLibrary.bytes(SAMPLE));
            args = new String[] {sample.toString(), dir.resolve("sample.pdf").toString()};
            try {
                run(args);
            } finally {
                for (String f : new String[] {"sample.pdf", "sample.session.json"}) {
                    java.nio.file.Files.deleteIfExists(dir.resolve(f));
                }
                java.nio.file.Files.deleteIfExists(dir);
            }
            System.exit(0);
        }
        System.exit(run(args));
    }

    /** Loads the classes of a JVM class list ({@code -XX:DumpLoadedClassList}); returns how many loaded. */
    static int loadListed(java.nio.file.Path list) throws java.io.IOException {
        int loaded = 0;
        ClassLoader loader = AppCdsTraining.class.getClassLoader();
        for (String line : java.nio.file.Files.readAllLines(list)) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("@")) {
                continue;
            }
            String name = line.split(" ", 2)[0].replace('/', '.');
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // A class of another platform or version: not needed here; the count says how many loaded.
                java.util.logging.Logger.getLogger(AppCdsTraining.class.getName())
                        .log(java.util.logging.Level.FINE, "not loaded for the archive: " + name, e);
            }
        }
        return loaded;
    }

    private static void loadMain() {
        try {
            Class.forName("dk.vaerksted.Main", false, AppCdsTraining.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the launcher's main class is missing", e);
        }
    }

    static final String SAMPLE = "/samples/strategisk-ledelsesforum-2019.session.json";

    private static int run(String[] args) {
        int code = VaerkstedCommand.run(new String[] {"validate", args[0]}, System.out, System.err);
        if (code == 0) {
            code = VaerkstedCommand.run(new String[] {"export", args[0], "-o", args[1]}, System.out, System.err);
        }
        if (code == 0) {
            // The route a plain `vaerksted export FILE -o OUT` takes (no picocli), with its timings,
            // and the launcher's main class: in the archive too.
            loadMain();
            Integer plain = VaerkstedCommand.runPlainExport(new String[] {"export", args[0], "-o", args[1], "--timings"},
                    System.out, System.err);
            code = plain == null ? 2 : plain;
        }
        if (code == 0 && args.length > 2 && args[2].equals("--window")) {
            // Opens the window (and the sample in it), prints first-frame-ms and returns.
            VaerkstedCommand.run(new String[] {"--startup-probe", args[0]}, System.out, System.err);
        }
        return code;
    }
}
