package dk.vaerksted.bench;

import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.export.ExportOptions;
import dk.vaerksted.export.ExportTimings;
import dk.vaerksted.export.Exports;
import dk.vaerksted.export.PdfFonts;
import dk.vaerksted.export.PdfSummaryExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The export from the window, warm: the session in memory, one exporter (as the app keeps one),
 * called again and again in one JVM, each time written to a file as the window does. Each round
 * exports a session read anew (another version, as after a note was added: nothing of it is
 * known to the exporter), in two ways, alternating:
 * <ul>
 *   <li>"prepared": as the window does it, {@link PdfSummaryExporter#prepareAhead} when *Eksporter*
 *       is chosen, and the export {@value #CHOOSING_MS} ms later, when the file and the options
 *       have been chosen (the save dialog and the export dialog: a person takes longer);
 *   <li>"cold click": the export with nothing prepared, as a click the moment the menu opened.
 * </ul>
 * Prints each export's phases and, per way, the median of all but the first (cold) round.
 * Usage: WarmExport FILE [ROUNDS=8]
 */
public final class WarmExport {
    static final int CHOOSING_MS = 1000;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        SessionStore store = new SessionStore();
        PdfSummaryExporter exporter = new PdfSummaryExporter(new PdfFonts());
        Path out = Files.createTempFile("warm-export", ".pdf");
        List<Long> prepared = new ArrayList<>();
        List<Long> unprepared = new ArrayList<>();
        try {
            for (int i = 1; i <= rounds; i++) {
                for (boolean prepare : new boolean[] {true, false}) {
                    Session s = store.readSession(file);
                    if (prepare) {
                        exporter.prepareAhead(List.of(s), ExportOptions.DEFAULT);
                        Thread.sleep(CHOOSING_MS);
                    }
                    ExportTimings t = ExportTimings.startingNow();
                    Exports.Written w = Exports.write(exporter, List.of(s), ExportOptions.DEFAULT, out, t);
                    long ms = t.millis().values().stream().mapToLong(Long::longValue).sum();
                    System.out.printf("export %d %s: %d ms (%d pages) %s%n", i, prepare ? "prepared" : "cold click",
                            ms, w.count(), t.format());
                    if (i > 1) {
                        (prepare ? prepared : unprepared).add(ms);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(out);
        }
        System.out.println("warm-ms, cold click: " + summary(unprepared));
        System.out.println("warm-ms median=" + summary(prepared).replaceFirst("^median ", "")
                + " (prepared when the export was chosen, the click " + CHOOSING_MS + " ms later; goal <= 500)");
    }

    private static String summary(List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        return "median " + sorted.get((sorted.size() - 1) / 2) + " (min " + sorted.get(0) + ", max "
                + sorted.get(sorted.size() - 1) + " of " + sorted.size() + " exports after the first)";
    }
}
