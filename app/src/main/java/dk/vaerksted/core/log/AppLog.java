package dk.vaerksted.core.log;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The app's log: a rotated file in the data folder ({@code logs/vaerksted.0.log}, the newest, up
 * to {@code vaerksted.4.log}; about 1 MB each), UTF-8, one readable line per record with the stack
 * trace below it. Everything the code logs with {@code java.util.logging} at {@code INFO} and
 * above goes there, and no longer to the console: a user never sees English stack traces. Called
 * once at start-up by the window and by the command line.
 */
public final class AppLog {
    public static final String PATTERN = "vaerksted.%g.log";
    static final int LIMIT = 1_000_000;
    static final int COUNT = 5;

    private static FileHandler handler;
    private static Path current;
    private static final List<Handler> removed = new ArrayList<>();

    private AppLog() {}

    /**
     * Logs to {@code dataFolder/logs/} from now on; a second call changes nothing. If the folder
     * cannot be written, the log stays on the console and this says so there.
     *
     * @return the file being written ({@code …/logs/vaerksted.0.log}), to name in messages; null
     *         if there is none
     */
    public static synchronized Path install(Path dataFolder) {
        return install(dataFolder, LIMIT, COUNT);
    }

    static synchronized Path install(Path dataFolder, int limit, int count) {
        if (handler != null) {
            return current;
        }
        Path folder = dataFolder.resolve("logs");
        try {
            Files.createDirectories(folder);
            FileHandler h = new FileHandler(folder.resolve(PATTERN).toString(), limit, count, true);
            h.setEncoding(StandardCharsets.UTF_8.name());
            h.setFormatter(new LineFormatter());
            h.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            for (Handler c : root.getHandlers()) {
                if (c instanceof ConsoleHandler) {
                    root.removeHandler(c);
                    removed.add(c);
                }
            }
            root.addHandler(h);
            handler = h;
            current = folder.resolve(PATTERN.replace("%g", "0"));
            // The first record loads the date formatting (some 10-15 ms): not on the caller's thread,
            // which at start-up is the one the first frame waits for.
            Thread first = new Thread(() -> Logger.getLogger(AppLog.class.getName()).info("Værksted started (Java "
                    + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ")"), "vaerksted-log");
            first.setDaemon(true);
            first.start();
            return current;
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(AppLog.class.getName()).log(Level.WARNING,
                    "cannot write the log in " + folder + "; logging to the console", e);
            return null;
        }
    }

    /** The file being written, or null before {@link #install} (or when it failed). */
    public static synchronized Path file() {
        return current;
    }

    /** Undoes {@link #install} (for tests): the file is closed, the console handlers come back. */
    static synchronized void uninstall() {
        if (handler == null) {
            return;
        }
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        handler.close();
        removed.forEach(root::addHandler);
        removed.clear();
        handler = null;
        current = null;
    }

    /**
     * {@code 2026-12-02 10:15:00.123 WARNING dk.vaerksted.core.session.Autosave [vaerksted-autosave]:
     * message}, then the stack trace, if any.
     */
    static final class LineFormatter extends Formatter {
        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder(200);
            sb.append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(" [").append(threadName(r)).append("]: ")
                    .append(formatMessage(r).replace('\n', ' ')).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                sb.append(trace);
            }
            return sb.toString();
        }

        private static String threadName(LogRecord r) {
            long id = r.getLongThreadID();
            if (id == Thread.currentThread().getId()) {
                return Thread.currentThread().getName();
            }
            return "thread " + id;
        }
    }
}
