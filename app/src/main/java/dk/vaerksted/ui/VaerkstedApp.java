package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: wires the context, shows the window, opens a file given on the command line. */
public final class VaerkstedApp extends Application {
    static final String ICON = "/assets/icons/vaerksted.png";

    private ExecutorService background;

    /**
     * Starts the window and blocks until it is closed; with {@code probe}, prints {@code first-frame-ms=N} (from the start of the
     * process to the second animation pulse after the window is shown) and exits.
     */
    public static void launchApp(Path file, String lang, boolean probe) {
        List<String> args = new ArrayList<>();
        if (lang != null) {
            args.add("--lang=" + lang);
        }
        if (probe) {
            args.add("--startup-probe=true");
        }
        if (file != null) {
            args.add(file.toString());
        }
        Application.launch(VaerkstedApp.class, args.toArray(String[]::new));
    }

    @Override
    public void start(Stage stage) {
        dk.vaerksted.core.log.AppLog.install(dk.vaerksted.core.session.Recovery.defaultFolder().getParent());
        String lang = getParameters().getNamed().get("lang");
        Settings settings = Settings.user();
        Locale chosen = Messages.parseLanguage(lang != null ? lang : settings.get("language", null));
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vaerksted-background");
            t.setDaemon(false);
            return t;
        });
        // The window speaks Danish unless asked otherwise: its users are Danish facilitators. Dates
        // in pickers and the standard buttons follow the same language.
        Locale.setDefault(Locale.Category.FORMAT, chosen != null ? chosen : Messages.DANISH);
        Locale.setDefault(Locale.Category.DISPLAY, chosen != null ? chosen : Messages.DANISH);
        AppContext ctx = AppContext.forApp(chosen != null ? chosen : Messages.DANISH, background,
                getHostServices()::showDocument, settings);
        MainWindow window = new MainWindow(stage, ctx);
        stage.show();
        // The window's icon (task bar, Alt+Tab) is read once the window is up.
        javafx.application.Platform.runLater(() -> stage.getIcons().add(
                new javafx.scene.image.Image(VaerkstedApp.class.getResource(ICON).toExternalForm(), true)));
        if ("true".equals(getParameters().getNamed().get("startup-probe"))) {
            StartupProbe.afterSecondPulse(System.out);
        }
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            window.open(Path.of(files.get(0)));
        }
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdown();
        }
    }
}
