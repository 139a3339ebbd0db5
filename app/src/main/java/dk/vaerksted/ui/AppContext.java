package dk.vaerksted.ui;

import dk.vaerksted.core.deck.BuiltInLibrary;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.export.PdfFonts;
import dk.vaerksted.export.PdfSummaryExporter;
import java.util.Locale;
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

    public AppContext(Locale locale, Executor background) {
        this.ui = new Messages("dk.vaerksted.i18n.ui", locale);
        this.core = Messages.core(locale);
        DocumentReader reader = new DocumentReader();
        this.store = new SessionStore();
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

    public BuiltInLibrary library() {
        return library;
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
