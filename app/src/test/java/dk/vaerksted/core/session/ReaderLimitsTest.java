package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.vaerksted.core.i18n.Messages;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files: what is not a file, and files made to exhaust memory, are refused in time. */
class ReaderLimitsTest {
    @TempDir
    Path dir;

    private final SessionStore store = new SessionStore();

    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");

    private Problem refused(Path file) {
        SessionFormatException e = catchThrowableOfType(SessionFormatException.class, () -> store.readSession(file));
        assertThat(e).as("the file must be refused").isNotNull();
        return e.problems().get(0);
    }

    @Test
    void aNamedPipeIsRefusedAtOnceInsteadOfWaitingForAWriter() throws Exception {
        assumeTrue(!WINDOWS);
        Path fifo = dir.resolve("pipe.session.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");
        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(fifo));
        assertThat(p.key()).isEqualTo("file.notRegular");
        assertThat(p.format(Messages.core(Messages.DANISH))).startsWith(fifo + ": ").contains("ikke en almindelig fil");
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(zero));
        assertThat(p.key()).isEqualTo("file.notRegular");
        assertThat(refused(dir).key()).isEqualTo("file.isDirectory");
    }

    @Test
    void aFileLongerThanItSaysIsReadWhole() {
        // /proc files say they are empty and are not.
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status));
        assertThat(refused(status).key()).isNotEqualTo("json.empty").startsWith("json.");
    }

    @Test
    void tooManyTokensAreRefusedAtTheirPlace() {
        DocumentReader reader = new DocumentReader(new ReadLimits(1 << 20, 64, 1000, 50));
        String json = "{\"format\": \"vaerksted.session\", \"formatVersion\": 1, \"title\": \"x\",\n \"x\": ["
                + "\"\", ".repeat(100) + "\"\"]}";
        SessionFormatException e = catchThrowableOfType(SessionFormatException.class,
                () -> reader.readSession("many.json", utf8(json)));
        Problem p = e.problems().get(0);
        assertThat(p.key()).isEqualTo("json.tooManyTokens");
        assertThat(p.args()).containsExactly(50L);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.path()).startsWith("x[");
        assertThat(p.format(Messages.core(Messages.DANISH))).contains("mere end 50 JSON-værdier");
    }

    @Test
    void theDepthErrorNamesItsPlace() {
        String deep = "{\"format\":\"vaerksted.session\",\"formatVersion\":1,\"title\":\"x\",\n\"x\": {\"y\":"
                + "[".repeat(100) + "]".repeat(100) + "}}";
        SessionFormatException e = catchThrowableOfType(SessionFormatException.class,
                () -> new DocumentReader().readSession("deep.json", utf8(deep)));
        Problem p = e.problems().get(0);
        assertThat(p.key()).isEqualTo("json.tooDeep");
        // The root object and x's object are two levels; the 63rd "[" is the 65th, one too deep.
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo("\"x\": {\"y\":".length() + 63);
        assertThat(p.path()).isEqualTo("x.y" + "[0]".repeat(62));
        assertThat(p.format(Messages.core(Messages.ENGLISH))).startsWith("deep.json:2:" + p.column() + ": ")
                .contains("more than 64 levels");
    }

    @Test
    void aProblemAfterDanishLettersIsPlacedByCharacterNotByByte() {
        String json = Docs.with("\"date\": \"2024-05-29\",\n  \"place\": \"Aarhus Rådhus\",",
                "\"place\": \"Århus Rådhus\", \"date\": \"igår\",");
        SessionFormatException e = catchThrowableOfType(SessionFormatException.class,
                () -> new DocumentReader().readSession("da.json", utf8(json)));
        Problem p = e.problems().stream().filter(x -> x.key().equals("field.date")).findFirst().orElseThrow();
        String line = json.lines().filter(l -> l.contains("igår")).findFirst().orElseThrow();
        assertThat(p.column()).isEqualTo(line.indexOf("\"igår\"") + 1);
        assertThat(p.path()).isEqualTo("date");
    }

    @Test
    void tenMillionEmptyStringsDoNotExhaustASmallHeap() throws Exception {
        // 30 MB, under the 32 MB cap: the old reader kept a location for every value and ran out of
        // a 1 GB heap. Read in a child JVM with 96 MB: the file itself is 30 of them.
        Path file = dir.resolve("empty-strings.session.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("{\"format\":\"vaerksted.session\",\"formatVersion\":1,\"title\":\"x\",\"x\":[\"\""
                    .getBytes(StandardCharsets.UTF_8));
            byte[] more = ",\"\"".getBytes(StandardCharsets.UTF_8);
            for (int i = 1; i < 10_000_000; i++) {
                out.write(more);
            }
            out.write("]}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isBetween(29_000_000L, ReadLimits.DEFAULT.maxBytes());
        Path java = Path.of(System.getProperty("java.home"), "bin", WINDOWS ? "java.exe" : "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx96m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ReadInSmallHeap.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output;
        try (var in = child.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output.strip()).as(output).isEqualTo("json.tooManyTokens");
        assertThat(child.exitValue()).isZero();
    }

    @Test
    void aFileWithinEveryLimitStillReads() throws Exception {
        // A tenth of the token limit in notes: well within, and read as before.
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            notes.append(i == 0 ? "" : ",").append("{\"stepId\":\"tal\",\"text\":\"Note ").append(i).append("\"}");
        }
        String from = "{ \"stepId\": \"tal\", \"text\": \"Vi deler";
        String json = Docs.with(from, notes + ", " + from);
        Session s = new DocumentReader().readSession("many.json", utf8(json));
        assertThat(s.noteCount()).isGreaterThan(2000);
        assertThat(List.of(s.title())).containsExactly("Strategisk Ledelsesforum");
    }
}
