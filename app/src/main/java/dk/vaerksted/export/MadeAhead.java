package dk.vaerksted.export;

import dk.vaerksted.core.session.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A PDF made ahead, on a thread of its own, for the sessions and options the facilitator is most
 * likely to export (see {@link PdfSummaryExporter#prepareAhead}). At most one is kept; renders
 * made ahead run one after another, and an export never renders beside one (it waits for it), so
 * no two renders share the export's second thread at once.
 */
final class MadeAhead {
    private static final Logger LOG = Logger.getLogger(MadeAhead.class.getName());

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vaerksted-export-ahead");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    /** What is being made, and for what (sessions by identity: an edit makes a new session object). */
    private record Ahead(List<Session> sessions, ExportOptions options,
            CompletableFuture<PdfSummaryExporter.Rendered> rendered) {
        boolean isFor(List<Session> other, ExportOptions o) {
            if (other.size() != sessions.size() || !o.equals(options)) {
                return false;
            }
            for (int i = 0; i < other.size(); i++) {
                if (other.get(i) != sessions.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    interface Render {
        PdfSummaryExporter.Rendered run() throws IOException;
    }

    private final AtomicReference<Ahead> current = new AtomicReference<>();

    /** Whether the PDF made ahead (or being made) is for exactly these sessions and options. */
    boolean isFor(List<Session> sessions, ExportOptions options) {
        Ahead a = current.get();
        return a != null && a.isFor(sessions, options);
    }

    /** Begins making the PDF; one begun before for other sessions is dropped once it is done. */
    void begin(List<Session> sessions, ExportOptions options, Render render) {
        CompletableFuture<PdfSummaryExporter.Rendered> f = CompletableFuture.supplyAsync(() -> {
            try {
                return render.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, THREAD);
        current.set(new Ahead(List.copyOf(sessions), options, f));
    }

    /**
     * The PDF made ahead for exactly these sessions and options (waited for if still being made),
     * or null: nothing was made ahead, it was made for something else (then it is waited for, so
     * the caller's render has the export's threads to itself), or making it failed (logged; the
     * caller renders, and says what went wrong if it goes wrong again).
     */
    PdfSummaryExporter.Rendered take(List<Session> sessions, ExportOptions options, ExportTimings timings) {
        Ahead a = current.getAndSet(null);
        if (a == null) {
            return null;
        }
        boolean same = a.isFor(sessions, options);
        try {
            PdfSummaryExporter.Rendered r = a.rendered().join();
            timings.mark(same ? "made ahead (wait)" : "made ahead for other choices (wait)");
            return same ? r : null;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the PDF made ahead failed; rendering it again", e);
            timings.mark("made ahead failed (wait)");
            return null;
        }
    }
}
