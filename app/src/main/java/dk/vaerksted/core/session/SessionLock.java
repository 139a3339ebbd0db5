package dk.vaerksted.core.session;

import dk.vaerksted.core.i18n.Localized;
import dk.vaerksted.core.i18n.Messages;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Marks a session file as open, so a second window or a second copy of the app does not write
 * over the first one's notes. An operating-system lock on {@code NAME.lock} beside the file: the
 * system releases it when the process ends, even by a crash, so a stale lock never blocks.
 */
public final class SessionLock implements AutoCloseable {
    /** The file is open elsewhere. The message in the user's language: {@link #describe}. */
    public static final class LockedException extends IOException implements Localized {
        private static final long serialVersionUID = 1L;

        private final transient Path file;

        public LockedException(Path file) {
            super(file + ": open in another Værksted window");
            this.file = file;
        }

        public Path file() {
            return file;
        }

        @Override
        public String describe(Messages core) {
            return core.get("lock.held", file);
        }
    }

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private SessionLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileOf(Path file) {
        return file.toAbsolutePath().resolveSibling(file.getFileName() + ".lock");
    }

    public static SessionLock acquire(Path file) throws IOException {
        Path lockFile = lockFileOf(file);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new LockedException(file);
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(
                ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
        return new SessionLock(lockFile, channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
            Files.deleteIfExists(lockFile);
        }
    }
}
