package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Recovery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: wires the context, shows the window, opens a file given on the command line. */
public final class VaerkstedApp extends Application {
    static final String ICON = "/assets/icons/vaerksted.png";
    private static final Logger LOG = Logger.getLogger(VaerkstedApp.class.getName());

    private ExecutorService background;
    private Settings settings;
    private Path dataFolder;

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

    /** Before the window, on the launcher's thread: the settings file is read here, not on the FX thread. */
    @Override
    public void init() {
        dataFolder = Recovery.defaultFolder().getParent();
        dk.vaerksted.core.log.AppLog.install(dataFolder);
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vaerksted-background");
            t.setDaemon(false);
            return t;
        });
        settings = Settings.file(dataFolder.resolve("settings.properties"), background);
    }

    @Override
    public void start(Stage stage) {
        String lang = getParameters().getNamed().get("lang");
        Locale chosen = Messages.parseLanguage(lang != null ? lang : settings.get("language", null));
        Locale ui = chosen != null ? chosen : Messages.DANISH;
        // The window speaks Danish unless asked otherwise: its users are Danish facilitators. Dates,
        // numbers and the calendar (Monday first, week numbers) follow the same language and region.
        Locale formats = ui.getLanguage().equals("da") ? Locale.forLanguageTag("da-DK") : Locale.forLanguageTag("en-GB");
        Locale.setDefault(Locale.Category.FORMAT, formats);
        Locale.setDefault(Locale.Category.DISPLAY, formats);
        AppContext ctx = AppContext.forApp(ui, background, getHostServices()::showDocument, settings);
        MainWindow window = new MainWindow(stage, ctx);
        installUncaughtHandler(window, ctx);
        stage.show();
        // The window's icon (task bar, Alt+Tab) is read once the window is up.
        Platform.runLater(() -> stage.getIcons().add(
                new javafx.scene.image.Image(VaerkstedApp.class.getResource(ICON).toExternalForm(), true)));
        if ("true".equals(getParameters().getNamed().get("startup-probe"))) {
            StartupProbe.afterSecondPulse(System.out);
        }
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            window.open(Path.of(files.get(0)));
        }
    }

    /**
     * A fault nobody caught: it is logged with its stack, the open session is written at once, and
     * the user is told in the UI's language what happened and where the log is.
     */
    static void installUncaughtHandler(MainWindow window, AppContext ctx) {
        Thread.UncaughtExceptionHandler handler = (thread, e) -> {
            LOG.log(Level.SEVERE, "uncaught on " + thread.getName(), e);
            Runnable tell = () -> {
                try {
                    window.sessionModel().flush();
                } catch (RuntimeException ex) {
                    LOG.log(Level.SEVERE, "saving after an uncaught fault failed too", ex);
                }
                Messages m = ctx.ui();
                new Dialogs(m, window.stage()).error(m.get("fault.title"), m.get("fault.header"),
                        m.get("fault.text", Problems.describe(e, m), logPlace(ctx)));
            };
            if (Platform.isFxApplicationThread()) {
                tell.run();
            } else {
                Platform.runLater(tell);
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    /** Where the log is, to tell the user. */
    static Path logPlace(AppContext ctx) {
        Path log = dk.vaerksted.core.log.AppLog.file();
        return log != null ? log : ctx.dataFolder().resolve("logs");
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdown();
        }
    }
}
