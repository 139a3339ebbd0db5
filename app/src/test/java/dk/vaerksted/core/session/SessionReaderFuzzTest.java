package dk.vaerksted.core.session;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz test of the reader: any bytes end in a session or a {@link SessionFormatException},
 * never another exception. In {@code mvn verify} it runs the regression inputs in
 * {@code SessionReaderFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes (coverage-guided).
 */
class SessionReaderFuzzTest {
    private static final DocumentReader READER = new DocumentReader();
    private static final DocumentWriter WRITER = new DocumentWriter();

    @FuzzTest(maxDuration = "90s")
    void readsAnythingWithoutSurprise(byte[] input) {
        try {
            WRITER.write(READER.readSession("fuzz.session.json", input));
        } catch (SessionFormatException expected) {
            // the clear error: fine
        }
    }
}
