package dk.vaerksted.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;

/**
 * The export's second thread: what can be done beside the layout (the fonts while the file is
 * read, the most used words, compressing finished pages) runs here, one task after another in the
 * order given, so the main thread only lays out. Each task's result is the same whichever thread
 * makes it, so the PDF's bytes do not depend on the timing.
 */
final class PdfBackground {
    private PdfBackground() {}

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vaerksted-export");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code task} on the export's thread. */
    static <T> CompletableFuture<T> submit(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, THREAD);
    }

    /** The task's result; its failure as the IOException or RuntimeException it was. */
    static <T> T join(CompletableFuture<T> f) throws IOException {
        try {
            return f.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /**
     * Compresses content streams written uncompressed, on the export's thread, to the bytes PDFBox
     * would have written compressing them as they were written (Flate at PDFBox's level, the
     * stream's dictionary with /Length before /Filter). One deflater serves every stream: PDFBox
     * makes one per stream and never ends it, so each leaves ~260 kB of native memory, fresh pages
     * to fault in, until a collection frees it. {@link #finish} waits for all of them.
     */
    static final class Compressor {
        private final List<CompletableFuture<Void>> pending = new ArrayList<>();
        /** Used on the export's thread only (its tasks run one after another). */
        private Deflater deflater;
        private final byte[] buffer = new byte[16 * 1024];

        void compress(COSStream stream) {
            pending.add(CompletableFuture.runAsync(() -> {
                try {
                    byte[] raw;
                    try (InputStream in = stream.createRawInputStream()) {
                        raw = in.readAllBytes();
                    }
                    byte[] packed = deflate(raw);
                    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                    try (OutputStream out = stream.createRawOutputStream()) {
                        out.write(packed);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("compressing a page", e);
                }
            }, THREAD));
        }

        private byte[] deflate(byte[] raw) {
            if (deflater == null) {
                deflater = new Deflater(Filter.getCompressionLevel());
            } else {
                deflater.reset();
            }
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        }

        void finish() throws IOException {
            for (CompletableFuture<Void> f : pending) {
                join(f);
            }
            pending.clear();
            if (deflater != null) {
                deflater.end();
                deflater = null;
            }
        }
    }
}
