package dk.vaerksted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Linux package's install script makes its archive from a class list: every listed class it can find loads. */
class AppCdsTrainingTest {
    @TempDir
    Path dir;

    @Test
    void loadsTheListedClassesAndSkipsTheRest() throws Exception {
        Path list = dir.resolve("classes.lst");
        Files.writeString(list, """
                # NOTE: Do not modify this file.
                java/lang/String id: 1
                dk/vaerksted/export/PdfTags id: 2
                @lambda-proxy dk/vaerksted/Main run ()V
                no/such/Thing id: 3

                """);
        assertThat(AppCdsTraining.loadListed(list)).isEqualTo(2);
    }
}
