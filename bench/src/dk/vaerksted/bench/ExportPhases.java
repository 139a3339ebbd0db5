package dk.vaerksted.bench;

import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.export.ExportOptions;
import dk.vaerksted.export.PdfFonts;
import dk.vaerksted.export.PdfSummaryExporter;
import java.nio.file.Path;
import java.util.List;

/** In-process timings of reading and rendering one file, cold and then warm. Usage: ExportPhases FILE [ROUNDS]. */
public final class ExportPhases {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int i = 1; i <= rounds; i++) {
            long t0 = System.nanoTime();
            Session s = new SessionStore().readSession(file);
            long t1 = System.nanoTime();
            PdfSummaryExporter.Rendered r = new PdfSummaryExporter(new PdfFonts()).render(List.of(s), ExportOptions.DEFAULT);
            long t2 = System.nanoTime();
            System.out.printf("round %d: read %d ms, render+save %d ms (%d pages, %d kB)%n", i, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, r.pages(), r.bytes().length / 1024);
        }
    }
}
