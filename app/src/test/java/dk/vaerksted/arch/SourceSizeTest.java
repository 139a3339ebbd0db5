package dk.vaerksted.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of the UI grows into one that holds everything (issue 12: MainWindow had ~800 lines of
 * menus, keys, files, export and the start screen): each stays around 400 lines or fewer.
 */
class SourceSizeTest {
    private static final int LIMIT = 420;

    @Test
    void noUiClassIsMuchAboveFourHundredLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dk/vaerksted/ui"))) {
            tooLong = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > LIMIT)
                    .map(p -> p.getFileName() + ": " + lines(p)).toList();
        }
        assertThat(tooLong).isEmpty();
    }

    private static long lines(Path p) {
        try (Stream<String> l = Files.lines(p)) {
            return l.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
