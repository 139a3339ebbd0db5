package dk.vaerksted.core.i18n;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Any failure as a sentence in the user's language, never an exception's English text alone: the
 * app's own exceptions say it themselves ({@link Localized}); the file system's common failures
 * (not found, no permission, disk full, read-only) have their own texts; for anything else the
 * operating system's reason is given after a translated sentence, or, for a bug, its kind and that
 * the details are in the log.
 */
public final class Failures {
    private Failures() {}

    /** What went wrong, with the file it concerns where known, from the core texts. */
    public static String describe(Throwable e, Messages core) {
        if (e instanceof Localized l) {
            return l.describe(core);
        }
        if (e instanceof NoSuchFileException f) {
            return core.get("io.notFound", file(f));
        }
        if (e instanceof AccessDeniedException f) {
            return core.get("io.accessDenied", file(f));
        }
        if (e instanceof FileAlreadyExistsException f) {
            return core.get("io.exists", file(f));
        }
        if (e instanceof FileSystemException f) {
            String reason = String.valueOf(f.getReason()).toLowerCase(Locale.ROOT);
            if (reason.contains("no space") || reason.contains("disk full") || reason.contains("not enough space")) {
                return core.get("io.diskFull", file(f));
            }
            if (reason.contains("read-only")) {
                return core.get("io.readOnly", file(f));
            }
            return core.get("io.failed", file(f), f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
        }
        if (e instanceof java.io.IOException) {
            String message = e.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("no space left")) {
                return core.get("io.diskFull", "");
            }
            return core.get("io.failedNoFile", message == null ? e.getClass().getSimpleName() : message);
        }
        if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            return describe(u.getCause(), core);
        }
        return core.get("error.unexpected", e.getClass().getSimpleName());
    }

    private static String file(FileSystemException f) {
        return f.getFile() == null ? "" : f.getFile();
    }
}
