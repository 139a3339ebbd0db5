package dk.vaerksted.core.session;

import dk.vaerksted.core.i18n.Localized;
import dk.vaerksted.core.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a file looked like when we last read or wrote it, to notice that another program changed
 * or removed it before we would overwrite it.
 *
 * @param exists false when there was no file
 */
public record FileStamp(boolean exists, long modifiedMillis, long size) {
    public static final FileStamp NONE = new FileStamp(false, 0, 0);

    public static FileStamp of(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(true, a.lastModifiedTime().toMillis(), a.size());
        } catch (NoSuchFileException e) {
            return NONE;
        }
    }

    /**
     * Thrown instead of overwriting a file that changed on disk since it was stamped. The message
     * in the user's language: {@link #describe}.
     */
    public static final class ChangedOnDiskException extends IOException implements Localized {
        private static final long serialVersionUID = 1L;

        private final boolean deleted;
        private final transient Path file;

        public ChangedOnDiskException(Path file, boolean deleted) {
            super(file + (deleted ? ": deleted or moved by another program" : ": changed by another program"));
            this.deleted = deleted;
            this.file = file;
        }

        public Path file() {
            return file;
        }

        @Override
        public String describe(Messages core) {
            return core.get(deleted ? "stamp.deleted" : "stamp.changed", file);
        }

        public boolean deleted() {
            return deleted;
        }
    }
}
