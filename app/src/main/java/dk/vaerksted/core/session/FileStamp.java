package dk.vaerksted.core.session;

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

    /** Thrown instead of overwriting a file that changed on disk since it was stamped. */
    public static final class ChangedOnDiskException extends IOException {
        private static final long serialVersionUID = 1L;

        private final boolean deleted;

        public ChangedOnDiskException(Path file, boolean deleted) {
            super(file + (deleted ? ": deleted or moved by another program" : ": changed by another program"));
            this.deleted = deleted;
        }

        public boolean deleted() {
            return deleted;
        }
    }
}
