package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    @Test
    void aThemeIsOurStylesheetPlusItsOverridesAndTheirColoursParse() {
        Scene scene = new Scene(new Pane());
        Theme.PROJECTOR.apply(scene);
        assertThat(scene.getStylesheets()).hasSize(2);
        assertThat(scene.getStylesheets().get(1)).endsWith("projector.css");
        Theme.LIGHT.apply(scene);
        assertThat(scene.getStylesheets()).singleElement().asString().endsWith("app.css");
        for (Theme t : Theme.values()) {
            assertThat(Theme.class.getResource(t == Theme.LIGHT ? Styles.STYLESHEET
                    : "/dk/vaerksted/ui/" + t.name().toLowerCase(java.util.Locale.ROOT) + ".css")).isNotNull();
        }
    }

    @Test
    void anUnknownStoredThemeFallsBackToLight() {
        assertThat(Theme.parse("NEON")).isEqualTo(Theme.LIGHT);
        assertThat(Theme.parse(null)).isEqualTo(Theme.LIGHT);
        assertThat(Theme.parse("DARK")).isEqualTo(Theme.DARK);
    }

    @Test
    void recentFilesKeepTheNewestFirstWithoutDuplicates(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Settings settings = Settings.inMemory();
        java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("a.session.json"), "{}");
        java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("b.session.json"), "{}");
        settings.addRecent(a);
        settings.addRecent(b);
        settings.addRecent(a);
        settings.addRecent(dir.resolve("gone.session.json"));
        assertThat(settings.recentFiles()).containsExactly(a, b);
    }
}
