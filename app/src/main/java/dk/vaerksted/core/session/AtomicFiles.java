package dk.vaerksted.core.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a file so that readers see either the old or the new contents, never half of either:
 * a temporary file in the same folder, flushed to the disk, then moved over the target. A
 * symbolic link stays a link: the file it points to is replaced, in that file's folder. The
 * file keeps its permissions.
 */
public final class AtomicFiles {
    private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());

    private AtomicFiles() {}

    public static void write(Path target, byte[] data) throws IOException {
        Path absolute = linkTarget(target.toAbsolutePath());
        Path dir = absolute.getParent();
        if (!Files.isDirectory(dir)) {
            // Named as the folder, not as the temporary file that could not be made in it.
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "the folder does not exist");
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            keepPermissions(absolute, temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(data);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            move(temp, absolute);
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Moves the finished temporary file over the target. On Windows a virus scanner or the search
     * indexer may hold the target for a moment: the move is retried for up to two seconds.
     */
    private static void move(Path temp, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return;
            } catch (java.nio.file.FileSystemException e) {
                if (!WINDOWS || attempt >= 40 || e instanceof java.nio.file.NoSuchFileException) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Where a path leads through symbolic links (also to a file that does not exist yet); the path
     * itself if it is no link. Relative links are taken from the link's folder.
     */
    static Path linkTarget(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops >= 40) {
                throw new java.nio.file.FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            Path dest = Files.readSymbolicLink(p);
            p = p.getParent() == null ? dest : p.getParent().resolve(dest).normalize();
        }
        return p;
    }

    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");

    /**
     * A temporary file is private (rw-------); the result gets the old file's permissions, or the
     * usual rw-r--r-- for a new file, as if it had been written in place.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Windows cannot open a directory as a channel; the move is still atomic there.
            if (!WINDOWS) {
                LOG.log(Level.INFO, "could not flush the folder " + dir + " after a save", e);
            }
        }
    }
}
