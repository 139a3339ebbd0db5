package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.FileStamp;
import dk.vaerksted.core.session.SessionLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A failure in the user's language: what went wrong and with which file, never a bare exception
 * text in English. The system's own words, where there are any, follow in brackets.
 */
public final class Problems {
    private Problems() {}

    public static String describe(Throwable e, Messages m) {
        if (e == null) {
            return "";
        }
        if (e instanceof SessionLock.LockedException) {
            return m.get("problem.locked");
        }
        if (e instanceof FileStamp.ChangedOnDiskException c) {
            return m.get(c.deleted() ? "problem.deletedOnDisk" : "problem.changedOnDisk");
        }
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "";
        if (e instanceof NoSuchFileException) {
            return m.get("problem.notFound", file);
        }
        if (e instanceof AccessDeniedException) {
            return m.get("problem.accessDenied", file);
        }
        if (e instanceof NotDirectoryException) {
            return m.get("problem.notFolder", file);
        }
        if (e instanceof FileAlreadyExistsException) {
            return m.get("problem.exists", file);
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("no space left")) {
            return m.get("problem.diskFull", file);
        }
        if (e instanceof java.io.IOException) {
            return m.get("problem.io", file, reason == null ? e.getClass().getSimpleName() : reason);
        }
        return m.get("problem.unexpected", e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
}
