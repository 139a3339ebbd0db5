package dk.vaerksted.core.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and writes session and deck files. Reading never changes the file; writing is atomic, and
 * saving a session keeps earlier versions of it ({@link Versions}). Every failure to read is a
 * {@link SessionFormatException} naming the file and the place.
 */
public final class SessionStore {
    private final DocumentReader reader;
    private final DocumentWriter writer;
    private final Versions versions;

    /**
     * @param versions where earlier versions of session files are kept when they are saved over,
     *                 or null to keep none
     */
    public SessionStore(DocumentReader reader, DocumentWriter writer, Versions versions) {
        this.reader = reader;
        this.writer = writer;
        this.versions = versions;
    }

    public SessionStore(DocumentReader reader, DocumentWriter writer) {
        this(reader, writer, null);
    }

    public SessionStore() {
        this(new DocumentReader(), new DocumentWriter());
    }

    /** The earlier versions of session files saved through this store, or null if none are kept. */
    public Versions versions() {
        return versions;
    }

    public Session readSession(Path file) throws SessionFormatException {
        return reader.readSession(file.toString(), bytes(file));
    }

    public Deck readDeck(Path file) throws SessionFormatException {
        return reader.readDeck(file.toString(), bytes(file));
    }

    public Session readTemplate(Path file) throws SessionFormatException {
        return reader.readTemplate(file.toString(), bytes(file));
    }

    public void write(Session session, Path file) throws IOException {
        AtomicFiles.write(file, writer.write(session));
    }

    /**
     * Saves a session atomically, first keeping what the file held as a version when one is due
     * ({@link Versions}: as opened, then at most every few minutes). Nothing is written beside the
     * file. Keeping a version never stops the save.
     */
    public void save(Session session, Path file) throws IOException {
        byte[] bytes = writer.write(session);
        if (versions != null) {
            versions.beforeWrite(file);
        }
        AtomicFiles.write(file, bytes);
        if (versions != null) {
            versions.afterWrite(file);
        }
    }

    /**
     * As {@link #save}, but only if the file is still as {@code expected} (as we last read or
     * wrote it); otherwise nothing is written and {@link FileStamp.ChangedOnDiskException} says
     * why. Returns the new stamp.
     */
    public FileStamp writeIfUnchanged(Session session, Path file, FileStamp expected) throws IOException {
        FileStamp now = FileStamp.of(file);
        if (!now.equals(expected)) {
            throw new FileStamp.ChangedOnDiskException(file, expected.exists() && !now.exists());
        }
        save(session, file);
        return FileStamp.of(file);
    }

    /**
     * The {@code NAME.bak} older versions of the app wrote beside a session file on every save.
     * No longer written; an existing one is left alone and listed among the {@link Versions}.
     */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public void writeTemplate(Session template, Path file) throws IOException {
        AtomicFiles.write(file, writer.writeTemplate(template));
    }

    public void write(Deck deck, Path file) throws IOException {
        AtomicFiles.write(file, writer.write(deck));
    }

    /**
     * The file's bytes, after checking it is a readable regular file within the size limit. A
     * folder, a device ({@code /dev/zero}), a named pipe or a socket is refused at once, without
     * opening it (opening a pipe would wait for a writer for ever); the read stops at the size limit
     * even when the file grows or its size was not told truly.
     */
    private byte[] bytes(Path file) throws SessionFormatException {
        String name = file.toString();
        long max = reader.limits().maxBytes();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw problem(name, "file.isDirectory");
            }
            if (!attributes.isRegularFile()) {
                throw problem(name, "file.notRegular");
            }
            if (attributes.size() > max) {
                throw tooLarge(name, attributes.size(), max);
            }
            return readAtMost(file, attributes.size(), max);
        } catch (NoSuchFileException e) {
            throw problem(name, "file.notFound");
        } catch (AccessDeniedException e) {
            throw problem(name, "file.accessDenied");
        } catch (IOException e) {
            throw new SessionFormatException(
                    new Problem(name, 0, 0, "", "file.unreadable", List.of(String.valueOf(e.getMessage()))));
        }
    }

    /**
     * Reads the whole file if it holds at most {@code max} bytes, into an array of the size the
     * file claims; never reads more than one byte past the limit, whatever the file does.
     */
    private static byte[] readAtMost(Path file, long expected, long max) throws IOException, SessionFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            int claimed = (int) Math.min(Math.max(expected, 0), max);
            byte[] buf = new byte[claimed];
            int n = in.readNBytes(buf, 0, claimed);
            if (n < claimed) {
                return Arrays.copyOf(buf, n);
            }
            int next = in.read();
            if (next < 0) {
                return buf;
            }
            // Longer than it said (growing, or a file system that does not know): read on, bounded.
            buf = Arrays.copyOf(buf, (int) Math.min(max + 1, Math.max(8192, (long) n * 2)));
            buf[n++] = (byte) next;
            while (n <= max) {
                if (n == buf.length) {
                    buf = Arrays.copyOf(buf, (int) Math.min(max + 1, (long) buf.length * 2));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    return Arrays.copyOf(buf, n);
                }
                n += r;
            }
            throw tooLarge(file.toString(), n, max);
        }
    }

    private static SessionFormatException tooLarge(String name, long size, long max) {
        return new SessionFormatException(new Problem(name, 0, 0, "", "file.tooLarge",
                List.of(DocumentReader.megabytes(size), DocumentReader.megabytes(max))));
    }

    private static SessionFormatException problem(String file, String key) {
        return new SessionFormatException(new Problem(file, 0, 0, "", key, List.of()));
    }
}
