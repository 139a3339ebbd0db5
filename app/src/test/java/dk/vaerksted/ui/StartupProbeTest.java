package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@code --startup-probe} prints one figure, after frames were drawn, and then lets the app end. */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void printsMillisecondsSinceTheProcessStartedAtTheSecondPulse() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CountDownLatch ended = new CountDownLatch(1);
        long before = StartupProbe.sinceProcessStart().toMillis();
        Platform.runLater(() -> StartupProbe.afterSecondPulse(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                ended::countDown));
        assertThat(ended.await(10, TimeUnit.SECONDS)).as("the probe ends the app").isTrue();
        String out = bytes.toString(StandardCharsets.UTF_8).trim();
        assertThat(out.lines().findFirst().orElseThrow()).matches("first-frame-ms=\\d+");
        out = out.lines().findFirst().orElseThrow();
        assertThat(Long.parseLong(out.substring("first-frame-ms=".length()))).isGreaterThanOrEqualTo(before);
    }

    @Test
    void countsFromTheProcessStartNotFromARoundedBootTime() {
        // The JVM starts a few tens of milliseconds after its process; a start derived from the
        // boot time rounded to the second would put it up to a second earlier.
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long since = StartupProbe.sinceProcessStart().toMillis();
        assertThat(since).isBetween(uptime - 20, uptime + 400);
    }
}
