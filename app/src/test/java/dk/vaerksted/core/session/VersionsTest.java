package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Earlier versions that mean something: as opened, then at most every few minutes, a handful. */
class VersionsTest {
    @TempDir
    Path dir;

    /** A clock that moves only when told. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();

    private Versions versions(int keep) {
        return new Versions(dir.resolve("data").resolve("versions"), clock, Duration.ofMinutes(5), keep);
    }

    private static Session titled(String title) throws Exception {
        return new DocumentReader().readSession("x", utf8(Docs.with("\"Strategisk Ledelsesforum\"", "\"" + title + "\"")));
    }

    private static String title(Path file) throws Exception {
        return new SessionStore().readSession(file).title();
    }

    @Test
    void theFileAsOpenedThenAtMostOneEveryFewMinutes() throws Exception {
        Versions versions = versions(10);
        SessionStore store = new SessionStore(new DocumentReader(), new DocumentWriter(), versions);
        Path file = Files.createDirectories(dir.resolve("work")).resolve("forum.session.json");
        new SessionStore().write(titled("Som åbnet"), file);

        store.save(titled("Første ændring"), file);
        store.save(titled("Anden ændring"), file);
        clock.advance(Duration.ofMinutes(4));
        store.save(titled("Tredje ændring"), file);
        List<Versions.Version> list = versions.list(file);
        assertThat(list).singleElement().satisfies(v -> {
            assertThat(v.reason()).isEqualTo(Versions.Reason.OPENED);
            assertThat(versions.read(v).title()).isEqualTo("Som åbnet");
            assertThat(v.notes()).isEqualTo(2);
            assertThat(v.size()).isEqualTo(Files.size(v.stored()));
            assertThat(v.file()).isEqualTo(file);
        });

        clock.advance(Duration.ofMinutes(1));
        store.save(titled("Fjerde ændring"), file);
        store.save(titled("Femte ændring"), file);
        list = versions.list(file);
        assertThat(list).extracting(Versions.Version::reason)
                .containsExactly(Versions.Reason.WHILE_CHANGING, Versions.Reason.OPENED);
        assertThat(versions.read(list.get(0)).title()).isEqualTo("Tredje ændring");
        assertThat(list.get(0).time()).isAfterOrEqualTo(list.get(1).time());
        assertThat(title(file)).isEqualTo("Femte ændring");

        // Nothing beside the user's file: no .bak, no temporary files, no versions.
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
        assertThat(list.get(0).stored()).startsWith(dir.resolve("data").resolve("versions"));
        if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            // The notes may be private; the data folder may not be.
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(list.get(0).stored()))).isEqualTo("rw-------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(list.get(0).stored().getParent()))).isEqualTo("rwx------");
        }
    }

    @Test
    void aHandfulPerFileTheOldestDropped() throws Exception {
        Versions versions = versions(3);
        SessionStore store = new SessionStore(new DocumentReader(), new DocumentWriter(), versions);
        Path file = dir.resolve("forum.session.json");
        for (int i = 0; i < 6; i++) {
            store.save(titled("Udgave " + i), file);
            clock.advance(Duration.ofMinutes(6));
        }
        List<Versions.Version> list = versions.list(file);
        assertThat(list).hasSize(3);
        assertThat(list.stream().map(v -> {
            try {
                return versions.read(v).title();
            } catch (SessionFormatException e) {
                throw new AssertionError(e);
            }
        })).containsExactly("Udgave 4", "Udgave 3", "Udgave 2");
    }

    @Test
    void restoringKeepsWhatItReplacesSoItCanBeUndone() throws Exception {
        Versions versions = versions(10);
        SessionStore store = new SessionStore(new DocumentReader(), new DocumentWriter(), versions);
        Path file = dir.resolve("forum.session.json");
        new SessionStore().write(titled("Med alle noterne"), file);
        store.save(titled("Noterne slettet ved en fejl"), file);
        Versions.Version before = versions.list(file).get(0);

        FileStamp stamp = versions.restore(before);
        assertThat(title(file)).isEqualTo("Med alle noterne");
        assertThat(stamp).isEqualTo(FileStamp.of(file));
        List<Versions.Version> list = versions.list(file);
        assertThat(list.get(0).reason()).isEqualTo(Versions.Reason.BEFORE_RESTORE);
        assertThat(versions.read(list.get(0)).title()).isEqualTo("Noterne slettet ved en fejl");

        versions.restore(list.get(0));
        assertThat(title(file)).isEqualTo("Noterne slettet ved en fejl");
        // Restored content is ours: the next save within the interval keeps no extra version.
        int count = versions.list(file).size();
        store.save(titled("Videre"), file);
        assertThat(versions.list(file)).hasSize(count);
    }

    @Test
    void whatAnotherProgramLeftIsKeptBeforeASaveOverwritesIt() throws Exception {
        Versions versions = versions(10);
        SessionStore store = new SessionStore(new DocumentReader(), new DocumentWriter(), versions);
        Path file = dir.resolve("forum.session.json");
        store.save(titled("Vores"), file);
        new SessionStore().write(titled("Deres"), file);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));
        store.save(titled("Vores igen"), file);
        assertThat(versions.list(file)).first().satisfies(v -> {
            assertThat(v.reason()).isEqualTo(Versions.Reason.OPENED);
            assertThat(versions.read(v).title()).isEqualTo("Deres");
        });
    }

    @Test
    void anOldBakIsListedAndLeftAlone() throws Exception {
        Versions versions = versions(1);
        SessionStore store = new SessionStore(new DocumentReader(), new DocumentWriter(), versions);
        Path file = dir.resolve("forum.session.json");
        Path bak = SessionStore.backupOf(file);
        new SessionStore().write(titled("Gammel backup"), bak);
        for (int i = 0; i < 4; i++) {
            store.save(titled("Udgave " + i), file);
            clock.advance(Duration.ofMinutes(10));
        }
        List<Versions.Version> list = versions.list(file);
        assertThat(list).last().satisfies(v -> {
            assertThat(v.reason()).isEqualTo(Versions.Reason.OLD_BACKUP);
            assertThat(v.stored()).isEqualTo(bak);
            assertThat(versions.read(v).title()).isEqualTo("Gammel backup");
        });
        assertThat(list).hasSize(2);
        assertThat(bak).exists();
    }

    @Test
    void aVersionThatCannotBeKeptNeverStopsTheSave() throws Exception {
        Path blocked = dir.resolve("versions-is-a-file");
        Files.writeString(blocked, "not a folder");
        Versions versions = new Versions(blocked, clock, Duration.ofMinutes(5), 10);
        SessionStore store = new SessionStore(new DocumentReader(), new DocumentWriter(), versions);
        Path file = dir.resolve("forum.session.json");
        new SessionStore().write(titled("Som åbnet"), file);
        store.save(titled("Gemt alligevel"), file);
        assertThat(title(file)).isEqualTo("Gemt alligevel");
        assertThat(Files.readString(blocked)).isEqualTo("not a folder");
    }

    @Test
    void anUnnamedSessionsVersionsGoWithItWhenItIsSavedUnderAName() throws Exception {
        Versions versions = versions(10);
        SessionStore store = new SessionStore(new DocumentReader(), new DocumentWriter(), versions);
        Recovery recovery = new Recovery(dir.resolve("data").resolve("autosave"), store);
        Path unnamed = recovery.newFile();
        new SessionStore().write(titled("Fra sidste gang"), unnamed);
        store.save(titled("Ny"), unnamed);
        assertThat(versions.list(unnamed)).hasSize(1);

        Path named = dir.resolve("forum.session.json");
        store.save(titled("Ny"), named);
        recovery.forget(unnamed, named);
        assertThat(unnamed).doesNotExist();
        assertThat(versions.list(unnamed)).isEmpty();
        assertThat(versions.list(named)).singleElement()
                .satisfies(v -> assertThat(versions.read(v).title()).isEqualTo("Fra sidste gang"));
    }
}
