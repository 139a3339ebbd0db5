package dk.vaerksted.core.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Earlier versions of session files, kept by the app in its own data folder (never beside the
 * user's file), to look at and restore — "I deleted the wrong notes an hour ago".
 *
 * <p>Before the app overwrites a session file ({@link SessionStore#save}), the file's content is
 * kept as a version when it is one we have not kept yet:
 * <ul>
 * <li>{@link Reason#OPENED}: content this app did not write in this run — the file as it was when
 *     opened, or as another program left it;
 * <li>{@link Reason#WHILE_CHANGING}: our own content, at most once every {@code interval} (five
 *     minutes) while the file keeps changing;
 * <li>{@link Reason#BEFORE_RESTORE}: the content a {@link #restore} replaces, so that a restore
 *     can itself be undone.
 * </ul>
 * At most {@code keep} (ten) per file; the oldest go first. A version identical to the newest one
 * is not kept twice. A {@code NAME.bak} that older versions of the app wrote beside a file is
 * listed as {@link Reason#OLD_BACKUP} and never deleted.
 *
 * <p>Layout: {@code FOLDER/NAME-HASH/} per session file (HASH of its real absolute path, with the
 * path written in {@code path.txt}), one file per version, named
 * {@code 20261202T101500123Z_opened_42.session.json}: when its content was last written (UTC),
 * why it was kept and its number of notes ({@code x} if it could not be read).
 *
 * <p>Keeping a version never stops a save: a version that cannot be kept is logged. Versions are
 * readable by their owner only. All methods are thread-safe.
 */
public final class Versions {
    private static final Logger LOG = Logger.getLogger(Versions.class.getName());

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    public static final int DEFAULT_KEEP = 10;

    /** Why a version was kept. */
    public enum Reason {
        /** The file as the app found it: when opened, or as another program left it. */
        OPENED("opened"),
        /** A state while the file was being changed, at most one every few minutes. */
        WHILE_CHANGING("changing"),
        /** What the file held before a version was restored over it. */
        BEFORE_RESTORE("restore"),
        /** The {@code NAME.bak} an older version of the app kept beside the file. */
        OLD_BACKUP("bak");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }

        static Reason of(String tag) {
            for (Reason r : values()) {
                if (r.tag.equals(tag)) {
                    return r;
                }
            }
            return null;
        }
    }

    /**
     * One earlier version of a session file.
     *
     * @param file   the session file it is a version of (as passed to {@link #list})
     * @param stored where its content is kept
     * @param time   when this content was written to the file
     * @param size   bytes
     * @param notes  how many notes it holds, or -1 if it cannot be read as a session
     */
    public record Version(Path file, Path stored, Instant time, long size, int notes, Reason reason) {}

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String SUFFIX = ".session.json";

    private final Path folder;
    private final Clock clock;
    private final Duration interval;
    private final int keep;
    private final DocumentReader reader = new DocumentReader();

    /** How each file looked after our last write of it: content we wrote is not kept as "opened". */
    private final Map<Path, FileStamp> written = new HashMap<>();
    /** When each file's last version was kept (or when we created it): the start of the interval. */
    private final Map<Path, Instant> since = new HashMap<>();

    public Versions(Path folder) {
        this(folder, Clock.systemUTC(), DEFAULT_INTERVAL, DEFAULT_KEEP);
    }

    public Versions(Path folder, Clock clock, Duration interval, int keep) {
        this.folder = folder;
        this.clock = clock;
        this.interval = interval;
        this.keep = keep;
    }

    /** The folder all versions live in ({@code versions/} in the app's data folder). */
    public Path folder() {
        return folder;
    }

    /**
     * The versions of {@code file}, newest first (an old {@code .bak} beside it last); empty if
     * there are none.
     */
    public synchronized List<Version> list(Path file) throws IOException {
        List<Version> out = new ArrayList<>(stored(file));
        Path bak = file.resolveSibling(file.getFileName() + ".bak");
        if (Files.isRegularFile(bak)) {
            out.add(new Version(file, bak, Files.getLastModifiedTime(bak).toInstant(), Files.size(bak),
                    noteCount(Files.readAllBytes(bak)), Reason.OLD_BACKUP));
        }
        return out;
    }

    /** The session a version holds, to look at before restoring it. */
    public Session read(Version version) throws SessionFormatException {
        return new SessionStore(reader, new DocumentWriter()).readSession(version.stored());
    }

    /**
     * Writes the version's content to its file, atomically, after keeping what the file holds now
     * as a version ({@link Reason#BEFORE_RESTORE}), so the restore can be undone. The caller makes
     * sure no save of the file runs meanwhile (autosave flushed) and reads the file again after.
     *
     * @return the file's stamp after the write, for {@link Autosave#expect}
     */
    public synchronized FileStamp restore(Version version) throws IOException {
        byte[] content = Files.readAllBytes(version.stored());
        Path file = version.file();
        Path key = key(file);
        if (Files.isRegularFile(file)) {
            keepNow(file, key, Reason.BEFORE_RESTORE, version.stored());
        }
        AtomicFiles.write(file, content);
        FileStamp stamp = FileStamp.of(file);
        written.put(key, stamp);
        since.put(key, clock.instant());
        return stamp;
    }

    /**
     * Called before the app overwrites {@code file}: keeps its current content if it is due (see the
     * class comment). Never fails: a version that cannot be kept is logged, the save goes on.
     */
    synchronized void beforeWrite(Path file) {
        try {
            Path key = key(file);
            if (!Files.isRegularFile(file)) {
                since.put(key, clock.instant());
                return;
            }
            boolean ours = FileStamp.of(file).equals(written.get(key));
            Instant start = since.get(key);
            if (!ours) {
                keepNow(file, key, Reason.OPENED, null);
            } else if (start == null || !clock.instant().isBefore(start.plus(interval))) {
                keepNow(file, key, Reason.WHILE_CHANGING, null);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not keep a version of " + file + " before saving it; saving anyway", e);
        }
    }

    /** Called after the app wrote {@code file}: its content now is ours. */
    synchronized void afterWrite(Path file) {
        try {
            Path key = key(file);
            written.put(key, FileStamp.of(file));
            since.putIfAbsent(key, clock.instant());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not note the save of " + file + "; its next version may come early", e);
        }
    }

    /**
     * The versions of {@code from} become versions of {@code to} (an unnamed session saved under a
     * name, a discarded one moved away). Versions {@code to} already has are kept beside them.
     */
    public synchronized void carryOver(Path from, Path to) throws IOException {
        Path source = dir(key(from));
        if (!Files.isDirectory(source)) {
            return;
        }
        Path target = privateFolder(dir(key(to)));
        Files.writeString(target.resolve("path.txt"), key(to) + "\n", StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                Path dest = target.resolve(f.getFileName());
                if (!Files.exists(dest)) {
                    Files.move(f, dest);
                }
            }
        }
        deleteFolder(source);
        prune(key(to), null);
    }

    /** Removes the versions of {@code file} (an autosave file that is no longer needed). */
    public synchronized void forget(Path file) throws IOException {
        Path key = key(file);
        deleteFolder(dir(key));
        written.remove(key);
        since.remove(key);
    }

    private List<Version> stored(Path file) throws IOException {
        Path dir = dir(key(file));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Version> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Version v = parse(file, f);
                if (v != null) {
                    out.add(v);
                }
            }
        }
        out.sort(Comparator.comparing(Version::time).thenComparing(v -> v.stored().getFileName().toString())
                .reversed());
        return out;
    }

    /** A version from its file name; null for anything else in the folder. */
    private static Version parse(Path file, Path stored) throws IOException {
        String name = stored.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
            return null;
        }
        String[] parts = name.substring(0, name.length() - SUFFIX.length()).split("_");
        if (parts.length < 3) {
            return null;
        }
        Reason reason = Reason.of(parts[1]);
        if (reason == null) {
            return null;
        }
        try {
            Instant time = STAMP.parse(parts[0], Instant::from);
            int notes = parts[2].equals("x") ? -1 : Integer.parseInt(parts[2]);
            return new Version(file, stored, time, Files.size(stored), notes, reason);
        } catch (DateTimeParseException | NumberFormatException e) {
            LOG.log(Level.INFO, "not a version, left alone: " + stored, e);
            return null;
        }
    }

    /**
     * Keeps the file's current content as a version, unless the newest version holds the same
     * bytes; then drops the oldest beyond {@code keep} (never {@code protect}).
     */
    private void keepNow(Path file, Path key, Reason reason, Path protect) throws IOException {
        if (Files.size(file) > ReadLimits.DEFAULT.maxBytes()) {
            // Not a session the app could have opened, nor one it could read back.
            LOG.warning("no version kept of " + file + ": larger than a session file may be");
            return;
        }
        byte[] content = Files.readAllBytes(file);
        Instant time = Files.getLastModifiedTime(file).toInstant();
        since.put(key, clock.instant());
        List<Version> existing = stored(file);
        if (!existing.isEmpty() && existing.get(0).size() == content.length
                && Arrays.equals(Files.readAllBytes(existing.get(0).stored()), content)) {
            return;
        }
        Path dir = privateFolder(dir(key));
        Path pathFile = dir.resolve("path.txt");
        if (!Files.exists(pathFile)) {
            Files.writeString(pathFile, key + "\n", StandardCharsets.UTF_8);
        }
        int notes = noteCount(content);
        String base = STAMP.format(time) + "_" + reason.tag + "_" + (notes < 0 ? "x" : Integer.toString(notes));
        Path stored = dir.resolve(base + SUFFIX);
        for (int n = 2; Files.exists(stored); n++) {
            // Two versions of content written in the same millisecond: keep both.
            stored = dir.resolve(base + "_" + n + SUFFIX);
        }
        AtomicFiles.write(stored, content);
        ownerOnly(stored, "rw-------");
        prune(key, protect);
    }

    /**
     * The folder of one file's versions, readable by its owner only: the notes in a session may be
     * private, and a data folder is often readable by others.
     */
    private static Path privateFolder(Path dir) throws IOException {
        boolean made = !Files.isDirectory(dir);
        Files.createDirectories(dir);
        if (made) {
            ownerOnly(dir, "rwx------");
        }
        return dir;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        }
    }

    private int noteCount(byte[] content) {
        try {
            return reader.readSession("version", content).noteCount();
        } catch (SessionFormatException e) {
            return -1;
        }
    }

    private void prune(Path key, Path protect) throws IOException {
        List<Version> all = stored(key);
        int kept = 0;
        for (Version v : all) {
            if (kept < keep || v.stored().equals(protect)) {
                kept++;
            } else {
                Files.deleteIfExists(v.stored());
            }
        }
    }

    /** The file's path as the key of its versions: absolute, links resolved where they can be. */
    private static Path key(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            // Not there (yet): the real folder and the name.
            try {
                return abs.getParent().toRealPath().resolve(abs.getFileName().toString());
            } catch (IOException | RuntimeException e2) {
                return abs;
            }
        }
    }

    private Path dir(Path key) {
        String name = key.getFileName() == null ? "root" : FileNames.sanitize(key.getFileName().toString());
        return folder.resolve(name + "-" + hash(key.toString()));
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void deleteFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        try {
            Files.deleteIfExists(dir);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            LOG.log(Level.INFO, "left " + dir + ": something was added while it was emptied", e);
        }
    }
}
