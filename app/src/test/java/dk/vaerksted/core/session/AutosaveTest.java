package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
    @TempDir
    Path dir;

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
    private final List<Autosave.Result> results = new CopyOnWriteArrayList<>();
    private final SessionStore store = new SessionStore();

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    private Session session(String title) throws Exception {
        return new DocumentReader().readSession("x", utf8(Docs.with("\"Strategisk Ledelsesforum\"", "\"" + title + "\"")));
    }

    @Test
    void manyQuickChangesGiveOneSaveOfTheLatest() throws Exception {
        Autosave autosave = new Autosave(store, thread, Duration.ofHours(1), results::add);
        Path file = dir.resolve("forum.session.json");
        for (int i = 1; i <= 5; i++) {
            autosave.changed(session("Forum " + i), file);
        }
        autosave.flush();
        assertThat(results).singleElement().satisfies(r -> assertThat(r.error()).isNull());
        assertThat(store.readSession(file).title()).isEqualTo("Forum 5");
    }

    @Test
    void theDebounceWaitsForAPauseThenSavesWithinASecond() throws Exception {
        Autosave autosave = new Autosave(store, thread, Duration.ofMillis(100), results::add);
        Path file = dir.resolve("forum.session.json");
        long start = System.nanoTime();
        autosave.changed(session("Forum"), file);
        while (results.isEmpty() && System.nanoTime() - start < 5_000_000_000L) {
            Thread.onSpinWait();
        }
        assertThat(results).hasSize(1);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void theFileAsItWasIsKeptAsAVersionInTheDataFolderNotBesideIt() throws Exception {
        Versions versions = new Versions(dir.resolve("data"), java.time.Clock.systemUTC(), Duration.ofMinutes(5), 10);
        SessionStore versioned = new SessionStore(new DocumentReader(), new DocumentWriter(), versions);
        Path file = Files.createDirectories(dir.resolve("work")).resolve("forum.session.json");
        store.write(session("Første"), file);
        Autosave autosave = new Autosave(versioned, thread, Duration.ofHours(1), results::add);
        autosave.changed(session("Anden"), file);
        autosave.flush();
        autosave.changed(session("Tredje"), file);
        autosave.flush();
        assertThat(store.readSession(file).title()).isEqualTo("Tredje");
        assertThat(versions.list(file)).singleElement()
                .satisfies(v -> assertThat(versions.read(v).title()).isEqualTo("Første"));
        assertThat(SessionStore.backupOf(file)).doesNotExist();
    }

    @Test
    void aWriterBugIsReportedAndTheChangeStaysPending() throws Exception {
        Autosave autosave = new Autosave(store, thread, Duration.ofHours(1), results::add);
        Path file = dir.resolve("forum.session.json");
        // A session the writer cannot write (a bug, not an I/O error): extras must never be null.
        Session broken = new Session("x", null, null, List.of(), "da", List.of(), List.of(), List.of(), null);
        autosave.changed(broken, file);
        autosave.flush();
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.error()).isInstanceOf(RuntimeException.class);
            assertThat(r.session()).isSameAs(broken);
        });
        assertThat(autosave.hasPending()).isTrue();
        assertThat(file).doesNotExist();

        // The next change is saved as usual.
        autosave.changed(session("Forum"), file);
        autosave.flush();
        assertThat(results).last().satisfies(r -> assertThat(r.error()).isNull());
        assertThat(autosave.hasPending()).isFalse();
        assertThat(store.readSession(file).title()).isEqualTo("Forum");
    }

    @Test
    void aFailedSaveIsReportedAndKeptPendingForTheNextTry() throws Exception {
        // A long delay, so that only flush() saves and the count of attempts is exact.
        Autosave autosave = new Autosave(store, thread, Duration.ofHours(1), results::add);
        Path missing = dir.resolve("gone").resolve("forum.session.json");
        autosave.changed(session("Forum"), missing);
        autosave.flush();
        assertThat(results).singleElement().satisfies(r -> assertThat(r.error()).isNotNull());
        assertThat(autosave.hasPending()).isTrue();
        Files.createDirectories(missing.getParent());
        autosave.flush();
        assertThat(store.readSession(missing).title()).isEqualTo("Forum");
        assertThat(autosave.hasPending()).isFalse();
    }

    @Test
    void steadyTypingIsStillSavedWithinTheMaximumWait() throws Exception {
        Autosave autosave = new Autosave(store, thread, Duration.ofMillis(300), Duration.ofMillis(400), results::add);
        Path file = dir.resolve("forum.session.json");
        long start = System.nanoTime();
        int i = 0;
        while (results.isEmpty() && System.nanoTime() - start < 3_000_000_000L) {
            autosave.changed(session("Forum " + i++), file);
            Thread.onSpinWait();
        }
        assertThat(results).isNotEmpty();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
    }
}
