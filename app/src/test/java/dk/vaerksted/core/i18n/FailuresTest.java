package dk.vaerksted.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.vaerksted.core.session.FileStamp;
import dk.vaerksted.core.session.SessionLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user is told when something fails: their language, the file, never English exception text. */
class FailuresTest {
    @TempDir
    Path dir;

    private final Messages da = Messages.core(Messages.DANISH);
    private final Messages en = Messages.core(Messages.ENGLISH);

    @Test
    void aFileOpenInAnotherWindowIsSaidInDanish() throws Exception {
        Path file = dir.resolve("forum.session.json");
        Files.writeString(file, "{}");
        try (SessionLock first = SessionLock.acquire(file)) {
            SessionLock.LockedException e =
                    catchThrowableOfType(SessionLock.LockedException.class, () -> SessionLock.acquire(file));
            assertThat(e.file()).isEqualTo(file);
            assertThat(Failures.describe(e, da)).isEqualTo(file + " er åben i et andet Værksted-vindue");
            assertThat(Failures.describe(e, en)).isEqualTo(file + " is open in another Værksted window");
        }
    }

    @Test
    void aFileChangedOrDeletedByAnotherProgram() {
        Path file = dir.resolve("forum.session.json");
        assertThat(Failures.describe(new FileStamp.ChangedOnDiskException(file, false), da))
                .isEqualTo(file + " er ændret af et andet program, siden den blev åbnet");
        assertThat(Failures.describe(new FileStamp.ChangedOnDiskException(file, true), da))
                .isEqualTo(file + " er slettet eller flyttet af et andet program, siden den blev åbnet");
    }

    @Test
    void theFileSystemsCommonFailures() {
        assertThat(Failures.describe(new NoSuchFileException("/x/forum.pdf"), da))
                .isEqualTo("/x/forum.pdf: filen eller mappen findes ikke");
        assertThat(Failures.describe(new AccessDeniedException("/x/forum.pdf"), da)).isEqualTo("/x/forum.pdf: ingen adgang");
        assertThat(Failures.describe(new FileSystemException("/x/forum.pdf", null, "No space left on device"), da))
                .isEqualTo("/x/forum.pdf: disken er fuld");
        assertThat(Failures.describe(new FileSystemException("/x/forum.pdf", null, "Read-only file system"), da))
                .isEqualTo("/x/forum.pdf: disken eller mappen kan kun læses, ikke skrives");
        assertThat(Failures.describe(new java.io.UncheckedIOException(new NoSuchFileException("/y")), da))
                .isEqualTo("/y: filen eller mappen findes ikke");
    }

    @Test
    void aBugIsNamedByItsKindAndPointsToTheLog() {
        String text = Failures.describe(new NullPointerException("Cannot invoke \"String.length()\""), da);
        assertThat(text).isEqualTo("en uventet fejl (NullPointerException); detaljerne står i loggen");
        assertThat(text).doesNotContain("Cannot invoke");
    }
}
