package dk.vaerksted.ui;

import dk.vaerksted.core.deck.BuiltInLibrary;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.export.PdfFonts;
import dk.vaerksted.export.PdfSummaryExporter;
import dk.vaerksted.core.timer.SignalScheduler;
import dk.vaerksted.ui.timer.Chime;
import java.time.Clock;
import dk.vaerksted.core.deck.UserDecks;
import dk.vaerksted.core.deck.UserFolder;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Recovery;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the screens need, wired once at start-up and passed through constructors (no static
 * singletons). Tests build one with a same-thread executor.
 */
public final class AppContext {
    private final Messages ui;
    private final Messages core;
    private final SessionStore store;
    private final BuiltInLibrary library;
    private final Executor background;
    private final Supplier<PdfSummaryExporter> exporter;
    private PdfSummaryExporter exporterInstance;

    private final LongSupplier nanoClock;
    private final Clock wallClock;
    private final SignalScheduler.Timer signalTimer;
    private final Chime chime = new Chime();
    private final Recovery recovery;
    private final UserDecks userDecks;
    private final UserFolder<Session> userTemplates;
    private final ScheduledExecutorService autosaveThread;
    private final dk.vaerksted.core.work.WorkStates workStates;
    private final Path dataFolder;

    /** The app as it runs: real clocks, its own threads, the user's data folder. */
    public static AppContext forApp(Locale locale, Executor background, Consumer<String> showDocument,
            Settings settings) {
        AppContext ctx = new AppContext(locale, background, System::nanoTime, Clock.systemDefaultZone(),
                SignalScheduler.Timer.of(daemonScheduler("vaerksted-signals", Thread.MAX_PRIORITY)),
                Recovery.defaultFolder().getParent(), daemonScheduler("vaerksted-autosave", Thread.NORM_PRIORITY));
        ctx.settings = settings;
        ctx.showDocument = showDocument;
        return ctx;
    }

    private Settings settings = Settings.inMemory();
    private Consumer<String> showDocument = uri -> { };

    /** Recent files and the theme, remembered between runs. */
    public Settings settings() {
        return settings;
    }

    /** Opens a file or folder (a URI) in the system's program for it. */
    public Consumer<String> showDocument() {
        return showDocument;
    }

    private static ScheduledExecutorService daemonScheduler(String name, int priority) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        });
    }

    /**
     * @param nanoClock   monotonic time for countdowns
     * @param wallClock   date and time recorded in sessions
     * @param signalTimer runs the chimes at their instants
     * @param dataFolder  the app's own folder: {@code autosave/} for unnamed sessions, {@code decks/},
     *                    {@code versions/} for earlier versions of session files
     */
    public AppContext(Locale locale, Executor background, LongSupplier nanoClock, Clock wallClock,
            SignalScheduler.Timer signalTimer, Path dataFolder, ScheduledExecutorService autosaveThread) {
        this.autosaveThread = autosaveThread;
        this.dataFolder = dataFolder;
        this.workStates = new dk.vaerksted.core.work.WorkStates(dataFolder.resolve("work"), autosaveThread);
        this.nanoClock = nanoClock;
        this.wallClock = wallClock;
        this.signalTimer = signalTimer;
        this.ui = new Messages("dk.vaerksted.i18n.ui", locale);
        this.core = Messages.core(locale);
        DocumentReader reader = new DocumentReader();
        this.store = new SessionStore(new DocumentReader(), new dk.vaerksted.core.session.DocumentWriter(),
                new dk.vaerksted.core.session.Versions(dataFolder.resolve("versions")));
        this.recovery = new Recovery(dataFolder.resolve("autosave"), store);
        this.userDecks = new UserDecks(dataFolder.resolve("decks"), store);
        this.userTemplates = new UserFolder<>(dataFolder.resolve("templates"), ".template.json",
                store::readTemplate, store::writeTemplate, Session::title);
        this.library = new BuiltInLibrary(reader);
        this.background = background;
        this.exporter = () -> new PdfSummaryExporter(new PdfFonts());
    }

    public Messages ui() {
        return ui;
    }

    public Messages core() {
        return core;
    }

    public SessionStore store() {
        return store;
    }

    /** Earlier versions of the session files saved (Filer → Tidligere versioner). */
    public dk.vaerksted.core.session.Versions versions() {
        return store.versions();
    }

    public BuiltInLibrary library() {
        return library;
    }

    public LongSupplier nanoClock() {
        return nanoClock;
    }

    public Clock wallClock() {
        return wallClock;
    }

    public SignalScheduler.Timer signalTimer() {
        return signalTimer;
    }

    /** The folder of autosaved sessions that have no name yet. */
    public Recovery recovery() {
        return recovery;
    }

    /** The decks the user wrote, in the app's data folder. */
    public UserDecks userDecks() {
        return userDecks;
    }

    /** The exercise templates the user wrote, in the app's data folder. */
    public UserFolder<Session> userTemplates() {
        return userTemplates;
    }

    /** Where the facilitator was (open session, drafts, countdown), kept for crash recovery. */
    public dk.vaerksted.core.work.WorkStates workStates() {
        return workStates;
    }

    /** The app's own folder: autosaves, decks, templates, work states, the log. */
    public Path dataFolder() {
        return dataFolder;
    }

    /** The thread autosave writes on. */
    public ScheduledExecutorService autosaveThread() {
        return autosaveThread;
    }

    public Chime chime() {
        return chime;
    }

    /** Where saving and exporting run, off the FX thread. */
    public Executor background() {
        return background;
    }

    /** The PDF exporter, created on first use so that fonts are not read before the first frame. */
    public synchronized PdfSummaryExporter exporter() {
        if (exporterInstance == null) {
            exporterInstance = exporter.get();
        }
        return exporterInstance;
    }
}
