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
import java.util.stream.Stream;

/**
 * The app's own folder for sessions that were never saved under a name: each gets an autosave
 * file there, which is removed only when the session is saved elsewhere or the user discards it.
 * Whatever is there at start-up was left by a crash or a kill and is offered back, never dropped.
 */
public final class Recovery {
    /** A session found in the folder, with when it was last written. */
    public record Found(Path file, Session session, Instant savedAt) {}

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

    /** The recoverable sessions, newest first; unreadable files are left where they are. */
    public List<Found> find() {
        List<Found> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".session.json")).toList()) {
                try {
                    out.add(new Found(f, store.readSession(f), Files.getLastModifiedTime(f).toInstant()));
                } catch (SessionFormatException | IOException e) {
                    // A half-written file cannot exist (writes are atomic); anything else stays for a human.
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Found::savedAt).reversed());
        return out;
    }

    /** The session now lives elsewhere (saved under a name): its autosave is no longer needed. */
    public void forget(Path file) throws IOException {
        if (file.toAbsolutePath().startsWith(folder.toAbsolutePath())) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(SessionStore.backupOf(file));
        }
    }

    /** The user discards a recovered session: it moves to {@code discarded/}, still not deleted. */
    public void discard(Path file) throws IOException {
        Path bin = Files.createDirectories(folder.resolve("discarded"));
        Files.move(file, bin.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
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
