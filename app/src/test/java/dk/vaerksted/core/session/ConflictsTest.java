package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another window, another program: the user's file is never silently overwritten. */
class ConflictsTest {
    @TempDir
    Path dir;

    private final SessionStore store = new SessionStore();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
    private final List<Autosave.Result> results = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    private Session session() throws Exception {
        return new DocumentReader().readSession("x", utf8(Docs.VALID));
    }

    @Test
    void aSecondLockOnTheSameFileIsRefusedUntilTheFirstIsReleased() throws Exception {
        Path file = dir.resolve("forum.session.json");
        store.write(session(), file);
        SessionLock first = SessionLock.acquire(file);
        assertThat(SessionLock.lockFileOf(file)).exists();
        assertThatThrownBy(() -> SessionLock.acquire(file)).isInstanceOf(SessionLock.LockedException.class)
                .hasMessageContaining("another Værksted window");
        first.close();
        assertThat(SessionLock.lockFileOf(file)).doesNotExist();
        SessionLock.acquire(file).close();
    }

    @Test
    void aFileChangedByAnotherProgramIsNotOverwritten() throws Exception {
        Path file = dir.resolve("forum.session.json");
        store.write(session(), file);
        Autosave autosave = new Autosave(store, thread, Duration.ofHours(1), results::add);
        autosave.expect(file, FileStamp.of(file));
        String theirs = Files.readString(file).replace("Strategisk Ledelsesforum", "Deres udgave");
        Files.writeString(file, theirs);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        autosave.changed(session(), file);
        autosave.flush();
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.error()).isInstanceOf(FileStamp.ChangedOnDiskException.class);
            assertThat(((FileStamp.ChangedOnDiskException) r.error()).deleted()).isFalse();
        });
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(autosave.hasPending()).isTrue();
    }

    @Test
    void aFileDeletedByAnotherProgramIsNoticed() throws Exception {
        Path file = dir.resolve("forum.session.json");
        store.write(session(), file);
        Autosave autosave = new Autosave(store, thread, Duration.ofHours(1), results::add);
        autosave.expect(file, FileStamp.of(file));
        Files.delete(file);
        autosave.changed(session(), file);
        autosave.flush();
        assertThat(results).singleElement().satisfies(r ->
                assertThat(((FileStamp.ChangedOnDiskException) r.error()).deleted()).isTrue());
        assertThat(file).doesNotExist();
    }

    @Test
    void ourOwnSavesDoNotCountAsChanges() throws Exception {
        Path file = dir.resolve("forum.session.json");
        store.write(session(), file);
        Autosave autosave = new Autosave(store, thread, Duration.ofHours(1), results::add);
        autosave.expect(file, FileStamp.of(file));
        for (int i = 0; i < 3; i++) {
            autosave.changed(session(), file);
            autosave.flush();
        }
        assertThat(results).hasSize(3).allSatisfy(r -> assertThat(r.error()).isNull());
    }
}
