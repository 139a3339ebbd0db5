package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file: what the user chose is there at the next start, and a first start leaves the file behind. */
class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void aChoiceIsThereAtTheNextStart() {
        Path file = dir.resolve("data/settings.properties");
        Settings first = Settings.file(file, Runnable::run);
        first.put("language", "en");
        first.addRecent(dir.resolve("forum æøå.session.json"));
        Settings next = Settings.file(file, Runnable::run);
        assertThat(next.get("language", null)).isEqualTo("en");
        assertThat(next.get("recent", "")).contains("forum æøå.session.json");
    }

    @Test
    void theFirstStartWritesTheFileSoLaterStartsNeverReadJavasPreferences() {
        Path file = dir.resolve("data/settings.properties");
        Settings.file(file, Runnable::run);
        assertThat(file).isRegularFile();
    }

    @Test
    void anUnreadableFileIsLeftAsItIsAndTheDefaultsApply() throws Exception {
        Path file = dir.resolve("settings.properties");
        byte[] broken = "language=\\u00zz\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, broken);
        Settings s = Settings.file(file, Runnable::run);
        assertThat(s.get("language", "da")).isEqualTo("da");
        assertThat(Files.readAllBytes(file)).isEqualTo(broken);
    }
}
