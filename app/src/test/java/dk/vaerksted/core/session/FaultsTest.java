package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A full disk, a vanished folder, a very long path: a clear failure, the old file intact, nothing left over. */
class FaultsTest {
    private final SessionStore store = new SessionStore();

    private static Session session(int notes) throws Exception {
        Session s = new DocumentReader().readSession("x", utf8(Docs.VALID));
        java.util.List<Note> list = new java.util.ArrayList<>();
        for (int i = 0; i < notes; i++) {
            list.add(new Note("tal", "En lang note om samskabelse nummer " + i + " ".repeat(50), null, Extras.NONE));
        }
        return SessionEdits.withGroupNotes(s, "halvfaerdig", "bord-1", list);
    }

    @Test
    void aFullDiskFailsTheSaveAndLeavesTheLastGoodFileAndNoTemporaryFile() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setMaxSize(64 * 1024).setBlockSize(1024).build())) {
            Path dir = Files.createDirectories(fs.getPath("/møder/forum 2024"));
            Path file = dir.resolve("forum.session.json");
            store.write(session(1), file);
            byte[] good = Files.readAllBytes(file);
            assertThatThrownBy(() -> store.write(session(2000), file)).isInstanceOf(IOException.class);
            assertThat(Files.readAllBytes(file)).isEqualTo(good);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).containsExactly(file);
            }
            assertThat(store.readSession(file).exercises().get(0).groups().get(0).notes()).hasSize(1);
        }
    }

    @Test
    void aFolderThatVanishedIsAClearErrorAndTheSessionIsStillInMemory() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path dir = Files.createDirectories(fs.getPath("/usb-stick"));
            Path file = dir.resolve("forum.session.json");
            Session s = session(3);
            store.write(s, file);
            Files.delete(file);
            Files.delete(dir);
            assertThatThrownBy(() -> store.write(s, file)).isInstanceOf(IOException.class);
            assertThat(s.exercises().get(0).groups().get(0).notes()).hasSize(3);
        }
    }

    @Test
    void veryLongPathsWithDanishLettersWork() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path dir = fs.getPath("/");
            for (int i = 0; i < 20; i++) {
                dir = dir.resolve("Strategisk ledelsesforum – mødemappe æøå " + i);
            }
            Files.createDirectories(dir);
            Path file = dir.resolve("Tør du dele det halvfærdige? 29. maj.session.json");
            store.write(session(2), file);
            assertThat(file.toString().length()).isGreaterThan(900);
            assertThat(store.readSession(file).exercises().get(0).groups().get(0).notes()).hasSize(2);
        }
    }
}
