package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's save dialog proposes the session file's folder and name. */
class ExportPlaceTest {
    private final Session session = new Session("Strategisk Ledelsesforum – Tør du dele det halvfærdige? Øvelse",
            null, null, List.of(), "da", List.of(), List.of(), List.of(), Extras.NONE);

    @Test
    void besideTheSessionsFileAndNamedLikeIt(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("forum 2024"));
        Path file = folder.resolve("Forum maj.session.json");
        assertThat(ExportActions.initialFolder(file, dir.resolve("home"))).isEqualTo(folder);
        assertThat(ExportActions.initialName(session, file)).isEqualTo("Forum maj.pdf");
        assertThat(ExportActions.initialName(session, folder.resolve("forum.json"))).isEqualTo("forum.pdf");
    }

    @Test
    void aSessionNeverSavedUnderANameGoesToTheDocumentsFolderUnderItsTitle(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        assertThat(ExportActions.initialFolder(null, home)).isEqualTo(home);
        Path documents = Files.createDirectories(home.resolve("Dokumenter"));
        assertThat(ExportActions.initialFolder(null, home)).isEqualTo(documents);
        assertThat(ExportActions.initialFolder(dir.resolve("gone").resolve("x.session.json"), home))
                .as("a folder that is gone").isEqualTo(documents);
        assertThat(ExportActions.initialFolder(null, dir.resolve("no home"))).isNull();
        assertThat(ExportActions.initialName(session, null))
                .isEqualTo("Strategisk Ledelsesforum - Tør du dele det halvfærdige Øvelse.pdf");
    }
}
