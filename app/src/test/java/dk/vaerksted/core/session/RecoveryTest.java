package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
    @TempDir
    Path dir;

    private final SessionStore store = new SessionStore();

    @Test
    void findsWhatWasLeftNewestFirstAndSkipsWhatItCannotRead() throws Exception {
        Recovery recovery = new Recovery(dir.resolve("autosave"), store);
        assertThat(recovery.find()).isEmpty();
        Session s = new DocumentReader().readSession("x", utf8(Docs.VALID));
        Path older = recovery.newFile();
        store.write(s, older);
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000));
        Path newer = recovery.newFile();
        store.write(s, newer);
        Files.writeString(recovery.folder().resolve("broken.session.json"), "{");
        assertThat(recovery.find()).extracting(Recovery.Found::file).containsExactly(newer, older);
        assertThat(Files.exists(recovery.folder().resolve("broken.session.json"))).isTrue();
    }

    @Test
    void anUnreadableAutosaveFileIsReportedWithItsError() throws Exception {
        Recovery recovery = new Recovery(dir.resolve("autosave"), store);
        Session s = new DocumentReader().readSession("x", utf8(Docs.VALID));
        Path good = recovery.newFile();
        store.write(s, good);
        Path broken = recovery.folder().resolve("broken.session.json");
        Files.writeString(broken, "{\n  \"format\": ");
        Recovery.Scan scan = recovery.scan();
        assertThat(scan.found()).extracting(Recovery.Found::file).containsExactly(good);
        assertThat(scan.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo(broken);
            assertThat(u.error().problems().get(0).key()).isEqualTo("json.unexpectedEnd");
            assertThat(u.error().problems().get(0).file()).isEqualTo(broken.toString());
            assertThat(u.savedAt()).isNotNull();
        });
        assertThat(broken).exists();
    }

    @Test
    void forgetRemovesOnlyFilesInItsFolderAndDiscardKeepsACopy() throws Exception {
        Recovery recovery = new Recovery(dir.resolve("autosave"), store);
        Session s = new DocumentReader().readSession("x", utf8(Docs.VALID));
        Path outside = dir.resolve("mine.session.json");
        store.write(s, outside);
        recovery.forget(outside);
        assertThat(outside).exists();

        Path a = recovery.newFile();
        store.write(s, a);
        recovery.forget(a);
        assertThat(a).doesNotExist();

        Path b = recovery.newFile();
        store.write(s, b);
        recovery.discard(b);
        assertThat(recovery.find()).isEmpty();
        assertThat(recovery.folder().resolve("discarded").resolve(b.getFileName())).exists();
    }
}
