package dk.vaerksted.bench;

import dk.vaerksted.ui.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The yardstick for {@code vaerksted --startup-probe}: an empty 1280×800 stage on the same
 * runtime, measured the same way (process start to the second pulse after show).
 */
public final class BareStage {
    private BareStage() {}

    public static void main(String[] args) {
        StartupProbe.enable();
        // Launched through a nested class: a main class that extends Application is refused on the class path.
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            StartupProbe.phase("toolkit");
            show(stage);
        }
    }

    static void show(Stage stage) {
        stage.setScene(new Scene(new Pane(), 1280, 800));
        stage.show();
        StartupProbe.phase("show");
        // Measured by the same code as the app's probe.
        StartupProbe.afterSecondPulse(System.out);
    }
}
