package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {
    @TempDir
    Path dir;

    private final SessionStore store = new SessionStore();

    @Test
    void savesAndOpensAFileWithDanishLettersAndSpacesInItsPath() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Mødemappe æøå"));
        Path file = folder.resolve("Forum 29. maj.session.json");
        Session s = new DocumentReader().readSession("x", utf8(Docs.VALID));
        store.write(s, file);
        assertThat(store.readSession(file)).isEqualTo(s);
    }

    @Test
    void aFailedReadLeavesTheFileUntouched() throws Exception {
        Path file = dir.resolve("broken.session.json");
        byte[] broken = utf8(Docs.with("\"minutes\": 2", "\"minutes\": 0"));
        Files.write(file, broken);
        FileTime time = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(file, time);
        assertThatThrownBy(() -> store.readSession(file)).isInstanceOf(SessionFormatException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(broken);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(time);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void overwritingReplacesTheFileWholeAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("s.session.json");
        Files.writeString(file, "old contents");
        Session s = new DocumentReader().readSession("x", utf8(Docs.VALID));
        store.write(s, file);
        assertThat(store.readSession(file)).isEqualTo(s);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSavedFileKeepsItsPermissionsAndANewOneIsReadableByOthers() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Session s = new DocumentReader().readSession("x", utf8(Docs.VALID));
        Path fresh = dir.resolve("new.session.json");
        store.write(s, fresh);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
        Path existing = dir.resolve("private.session.json");
        Files.writeString(existing, "{}");
        Files.setPosixFilePermissions(existing, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        store.write(s, existing);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
                .isEqualTo("rw-------");
    }

    @Test
    void aSymlinkStaysALinkAndTheFileItPointsToKeepsItsPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Session s = new DocumentReader().readSession("x", utf8(Docs.VALID));
        Path real = Files.createDirectories(dir.resolve("Dropbox")).resolve("forum.session.json");
        Files.writeString(real, "{}");
        Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        Path link = Files.createDirectories(dir.resolve("Skrivebord")).resolve("forum.session.json");
        Files.createSymbolicLink(link, Path.of("..", "Dropbox", "forum.session.json"));

        store.write(s, link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("..", "Dropbox", "forum.session.json"));
        assertThat(store.readSession(real)).isEqualTo(s);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
                .isEqualTo("rw-rw----");
        try (Stream<Path> files = Files.list(link.getParent())) {
            assertThat(files).containsExactly(link);
        }
        try (Stream<Path> files = Files.list(real.getParent())) {
            assertThat(files).containsExactly(real);
        }

        // A link to a file not there yet: the file is made where the link points.
        Path dangling = dir.resolve("ny.session.json");
        Files.createSymbolicLink(dangling, real.resolveSibling("ny.session.json"));
        store.write(s, dangling);
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(store.readSession(real.resolveSibling("ny.session.json"))).isEqualTo(s);
    }

    @Test
    void savingIntoAMissingFolderFailsWithoutLeavingAnything() throws Exception {
        Session s = new DocumentReader().readSession("x", utf8(Docs.VALID));
        Path file = dir.resolve("gone").resolve("s.session.json");
        assertThatThrownBy(() -> store.write(s, file)).isInstanceOf(java.io.IOException.class);
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void missingFileAndFolderHaveClearMessages() {
        assertThat(catchThrowableOfType(SessionFormatException.class, () -> store.readSession(dir.resolve("nope.json")))
                .problems()).extracting(Problem::key).containsExactly("file.notFound");
        assertThat(catchThrowableOfType(SessionFormatException.class, () -> store.readSession(dir))
                .problems()).extracting(Problem::key).containsExactly("file.isDirectory");
    }

    @Test
    void aFileOverTheCapIsNotEvenRead() throws Exception {
        Path file = dir.resolve("huge.session.json");
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), ReadLimits.DEFAULT.maxBytes() + 10);
        }
        Problem p = catchThrowableOfType(SessionFormatException.class, () -> store.readSession(file)).problems().get(0);
        assertThat(p.key()).isEqualTo("file.tooLarge");
        assertThat(p.args()).containsExactly("32.0", "32.0");
    }
}
