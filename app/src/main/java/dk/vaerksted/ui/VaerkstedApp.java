package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Recovery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
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

    private static volatile CompletableFuture<Early> early;
    private static volatile javafx.application.HostServices hostServices;

    private Early prepared;

    /**
     * Starts the window and blocks until it is closed; with {@code probe}, prints {@code first-frame-ms=N} (from the start of the
     * process to the second animation pulse after the window is shown) and exits.
     */
    public static void launchApp(Path file, String lang, boolean probe) {
        // What the window needs and JavaFX does not (the log, the settings, the texts, the session
        // store) and the look's stylesheet are made on a thread of their own while the toolkit
        // starts: the machine's second core works while the first waits for the display.
        early = CompletableFuture.supplyAsync(() -> Early.prepare(lang), r -> {
            Thread t = new Thread(r, "vaerksted-early");
            t.setDaemon(true);
            t.start();
        });
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

    /** Made before the first frame, off the FX thread. */
    record Early(ExecutorService background, AppContext ctx, Theme theme) {
        static Early prepare(String lang) {
            Path dataFolder = Recovery.defaultFolder().getParent();
            dk.vaerksted.core.log.AppLog.install(dataFolder);
            ExecutorService background = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "vaerksted-background");
                t.setDaemon(false);
                return t;
            });
            Settings settings = Settings.file(dataFolder.resolve("settings.properties"), background);
            Locale chosen = Messages.parseLanguage(lang != null ? lang : settings.get("language", null));
            Locale ui = chosen != null ? chosen : Messages.DANISH;
            // The window speaks Danish unless asked otherwise: its users are Danish facilitators. Dates,
            // numbers and the calendar (Monday first, week numbers) follow the same language and region.
            Locale formats = ui.getLanguage().equals("da") ? Locale.forLanguageTag("da-DK") : Locale.forLanguageTag("en-GB");
            Locale.setDefault(Locale.Category.FORMAT, formats);
            Locale.setDefault(Locale.Category.DISPLAY, formats);
            AppContext ctx = AppContext.forApp(ui, background, VaerkstedApp::showDocument, settings);
            Theme theme = Theme.parse(settings.get("theme", Theme.LIGHT.name()));
            theme.preload();
            StartupProbe.phase("prepared");
            return new Early(background, ctx, theme);
        }
    }

    private static void showDocument(String uri) {
        javafx.application.HostServices services = hostServices;
        if (services != null) {
            services.showDocument(uri);
        }
    }

    /** After the toolkit started, on the launcher's thread: takes what was made meanwhile. */
    @Override
    public void init() {
        StartupProbe.phase("toolkit");
        CompletableFuture<Early> made = early;
        String lang = getParameters().getNamed().get("lang");
        try {
            prepared = made != null ? made.join() : Early.prepare(lang);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        hostServices = getHostServices();
        StartupProbe.phase("init");
    }

    @Override
    public void start(Stage stage) {
        AppContext ctx = prepared.ctx();
        // Before the first control: a control made earlier would load JavaFX's own stylesheet first.
        prepared.theme().applyGlobally();
        MainWindow window = new MainWindow(stage, ctx);
        installUncaughtHandler(window, ctx);
        StartupProbe.phase("window");
        stage.show();
        StartupProbe.phase("show");
        StartupProbe.atFirstFrame(Splash::close);
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
                Splash.close();
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
        if (prepared != null) {
            prepared.background().shutdown();
        }
    }
}
