package dk.vaerksted.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file: in the data folder, one line per record with its stack trace, rotated. */
class AppLogTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        AppLog.uninstall();
    }

    @Test
    void oneReadableLinePerRecordWithTheStackTraceInUtf8() throws Exception {
        Path file = AppLog.install(dir, 100_000, 3);
        assertThat(file).isEqualTo(dir.resolve("logs").resolve("vaerksted.0.log"));
        assertThat(AppLog.file()).isEqualTo(file);
        assertThat(AppLog.install(dir.resolve("elsewhere"))).as("a second install changes nothing").isEqualTo(file);
        assertThat(Arrays.stream(Logger.getLogger("").getHandlers())).noneMatch(h -> h instanceof ConsoleHandler);

        // The start is logged on a thread of its own, off the first frame's way.
        long until = System.nanoTime() + 10_000_000_000L;
        while (!Files.readString(file, StandardCharsets.UTF_8).contains("Værksted started") && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        Logger log = Logger.getLogger("dk.vaerksted.test.Something");
        log.log(Level.WARNING, "autosave af Mødet på Rådhuset failed\nsecond line", new IllegalStateException("boom"));
        log.fine("below the level: not written");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\\R");
        assertThat(lines[0]).contains("INFO").contains("Værksted started");
        assertThat(lines[1]).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARNING "
                + "dk\\.vaerksted\\.test\\.Something \\[.+\\]: autosave af Mødet på Rådhuset failed second line");
        assertThat(lines[2]).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(lines[3]).contains("at dk.vaerksted.core.log.AppLogTest");
        assertThat(text).doesNotContain("below the level");
    }

    @Test
    void theLogIsRotatedAtItsSizeLimit() throws Exception {
        Path file = AppLog.install(dir, 2_000, 3);
        Logger log = Logger.getLogger("dk.vaerksted.test.Rotation");
        for (int i = 0; i < 200; i++) {
            log.info("record " + i + " " + "x".repeat(50));
        }
        Path logs = file.getParent();
        assertThat(logs.resolve("vaerksted.1.log")).exists();
        assertThat(logs.resolve("vaerksted.2.log")).exists();
        assertThat(logs.resolve("vaerksted.3.log")).doesNotExist();
        assertThat(Files.size(file)).isLessThanOrEqualTo(2_100);
        assertThat(Files.readString(file)).contains("record 199");
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheConsole() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        assertThat(AppLog.install(notAFolder)).isNull();
        assertThat(AppLog.file()).isNull();
        assertThat(Arrays.stream(Logger.getLogger("").getHandlers())).anyMatch(h -> h instanceof ConsoleHandler);
    }
}
