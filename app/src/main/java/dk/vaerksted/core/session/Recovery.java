package dk.vaerksted.core.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The app's own folder for sessions that were never saved under a name: each gets an autosave
 * file there, which is removed only when the session is saved elsewhere or the user discards it.
 * Whatever is there at start-up was left by a crash or a kill and is offered back, never dropped.
 */
public final class Recovery {
    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());

    /** A session found in the folder, with when it was last written. */
    public record Found(Path file, Session session, Instant savedAt) {}

    /**
     * A file in the folder that could not be read as a session: left where it is, for the user to
     * be told of (and for a human to look at).
     *
     * @param savedAt when it was last written, or null if not even that could be read
     */
    public record Unreadable(Path file, SessionFormatException error, Instant savedAt) {}

    /** What the folder holds: the sessions to offer back (newest first) and the files that failed. */
    public record Scan(List<Found> found, List<Unreadable> unreadable) {
        public Scan {
            found = List.copyOf(found);
            unreadable = List.copyOf(unreadable);
        }
    }

    private final Path folder;
    private final SessionStore store;

    public Recovery(Path folder, SessionStore store) {
        this.folder = folder;
        this.store = store;
    }

    public Path folder() {
        return folder;
    }

    /** A new file name in the folder for a session that has none yet. */
    public Path newFile() throws IOException {
        Files.createDirectories(folder);
        return folder.resolve(UUID.randomUUID() + ".session.json");
    }

    /**
     * Everything the folder holds: the recoverable sessions, newest first, and each file that
     * could not be read, with its error. A folder that cannot be listed is one unreadable entry.
     */
    public Scan scan() {
        List<Found> out = new ArrayList<>();
        List<Unreadable> bad = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Scan(out, bad);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".session.json")).toList()) {
                Instant savedAt = null;
                try {
                    savedAt = Files.getLastModifiedTime(f).toInstant();
                    out.add(new Found(f, store.readSession(f), savedAt));
                } catch (SessionFormatException e) {
                    LOG.log(Level.WARNING, "unreadable autosave file " + f + " left in place: " + e.getMessage());
                    bad.add(new Unreadable(f, e, savedAt));
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "unreadable autosave file " + f + " left in place", e);
                    bad.add(new Unreadable(f, unreadable(f, e), null));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.log(Level.WARNING, "cannot list the recovery folder " + folder, e);
            bad.add(new Unreadable(folder, unreadable(folder, e), null));
        }
        out.sort(Comparator.comparing(Found::savedAt).reversed());
        return new Scan(out, bad);
    }

    private static SessionFormatException unreadable(Path file, Exception e) {
        return new SessionFormatException(new Problem(file.toString(), 0, 0, "", "file.unreadable",
                List.of(String.valueOf(e.getMessage()))));
    }

    /**
     * The recoverable sessions, newest first. Files that cannot be read are logged and left where
     * they are; {@link #scan()} returns them too, to show them.
     */
    public List<Found> find() {
        return scan().found();
    }

    /**
     * The session now lives elsewhere: its autosave is no longer needed. Its earlier versions are
     * removed with it; {@link #forget(Path, Path)} keeps them with the file it was saved as.
     */
    public void forget(Path file) throws IOException {
        forget(file, null);
    }

    /**
     * The session was saved as {@code savedAs}: its autosave file is removed, and its earlier
     * versions become versions of {@code savedAs} (or are removed when it is null). Only files in
     * the recovery folder are touched.
     */
    public void forget(Path file, Path savedAs) throws IOException {
        if (file.toAbsolutePath().startsWith(folder.toAbsolutePath())) {
            Versions versions = store.versions();
            if (versions != null) {
                if (savedAs != null) {
                    versions.carryOver(file, savedAs);
                } else {
                    versions.forget(file);
                }
            }
            Files.deleteIfExists(file);
            // Older versions of the app kept a .bak of their own autosave files here.
            Files.deleteIfExists(SessionStore.backupOf(file));
        }
    }

    /**
     * The user discards a recovered session: it moves to {@code discarded/}, still not deleted,
     * with its earlier versions.
     */
    public void discard(Path file) throws IOException {
        Path bin = Files.createDirectories(folder.resolve("discarded"));
        Path moved = bin.resolve(file.getFileName());
        Files.move(file, moved, StandardCopyOption.REPLACE_EXISTING);
        Versions versions = store.versions();
        if (versions != null) {
            versions.carryOver(file, moved);
        }
        Files.deleteIfExists(SessionStore.backupOf(file));
    }

    /** Where the app keeps its data: XDG_DATA_HOME, %APPDATA%, ~/Library/Application Support. */
    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path base;
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            base = Path.of(System.getenv("APPDATA")).resolve("Vaerksted");
        } else if (os.contains("mac")) {
            base = home.resolve("Library/Application Support/Vaerksted");
        } else {
            String xdg = System.getenv("XDG_DATA_HOME");
            base = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("vaerksted");
        }
        return base.resolve("autosave");
    }
}
