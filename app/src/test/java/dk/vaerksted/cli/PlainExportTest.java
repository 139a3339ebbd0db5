package dk.vaerksted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain export's route past picocli ({@link VaerkstedCommand#runPlainExport}) does what the
 * parser's route does: the same file, the same words, the same exit code; anything it is not sure
 * of goes to the parser.
 */
class PlainExportTest {
    @TempDir
    Path dir;

    private static final Path SMALL = Path.of("../samples/halvfaerdig.session.json");

    private record Result(Integer code, String out, String err) {}

    private static Result plain(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Integer code = VaerkstedCommand.runPlainExport(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result parsed(String... args) {
        CommandLineRunner.Result r = CommandLineRunner.run(args);
        return new Result(r.code(), r.out(), r.err());
    }

    /** Runs both routes, each into its own output file; returns the plain route's result. */
    private Result bothAlike(String name, String... before) throws Exception {
        return bothAlike(true, name, before);
    }

    /**
     * As above; {@code sameBytes} false for a Word file, whose zip entries carry the time they
     * were written.
     */
    private Result bothAlike(boolean sameBytes, String name, String... before) throws Exception {
        Path a = dir.resolve("plain-" + name);
        Path b = dir.resolve("parsed-" + name);
        String[] argsA = with(before, a);
        String[] argsB = with(before, b);
        Result p = plain(argsA);
        Result q = parsed(argsB);
        assertThat(p.code()).as("plain route taken for %s", String.join(" ", argsA)).isNotNull();
        assertThat(p.code()).isEqualTo(q.code());
        assertThat(p.out().replace(a.toString(), "OUT")).isEqualTo(q.out().replace(b.toString(), "OUT"));
        assertThat(p.err().replace(a.toString(), "OUT")).isEqualTo(q.err().replace(b.toString(), "OUT"));
        assertThat(Files.exists(a)).isEqualTo(Files.exists(b));
        if (Files.exists(a) && sameBytes) {
            assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        }
        return p;
    }

    private static String[] with(String[] args, Path out) {
        String[] r = args.clone();
        for (int i = 0; i < r.length; i++) {
            if (r[i].equals("OUT")) {
                r[i] = out.toString();
            }
        }
        return r;
    }

    @Test
    void theSameFileAndWordsAsThroughTheParser() throws Exception {
        Result r = bothAlike("a.pdf", "export", SMALL.toString(), "-o", "OUT");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("plain-a.pdf").contains("sider");
        bothAlike("b.pdf", "--lang", "en", "export", "-o", "OUT", SMALL.toString(), "--with-names");
        bothAlike("c.pdf", "--lang=da", "export", "--output", "OUT", "--overview-only", SMALL.toString());
        bothAlike("d.csv", "--lang", "en", "export", SMALL.toString(), "-o", "OUT");
    }

    /** Both routes say what they wrote in one sentence: the file, its pages, the notes and their tables. */
    @Test
    void whatWasWrittenIsSaidAsASentence() throws Exception {
        // The small sample: ten notes from four tables.
        Path a = dir.resolve("plain-s.docx");
        assertThat(bothAlike(false, "s.docx", "export", SMALL.toString(), "-o", "OUT").out())
                .isEqualTo("Skrev " + a + ": 10 noter fra 4 borde." + System.lineSeparator());
        assertThat(bothAlike("s.csv", "--lang", "en", "export", SMALL.toString(), "-o", "OUT").out())
                .isEqualTo("Wrote " + dir.resolve("plain-s.csv") + ": 10 notes from 4 tables, one row per note."
                        + System.lineSeparator());
        assertThat(bothAlike("s.pdf", "export", SMALL.toString(), "-o", "OUT").out().strip())
                .matches("Skrev .*plain-s\\.pdf: \\d+ sider med 10 noter fra 4 borde\\.");
        assertThat(bothAlike(false, "o.docx", "export", SMALL.toString(), "--overview-only", "-o", "OUT").out().strip())
                .endsWith("plain-o.docx: et overblik over 10 noter fra 4 borde.");
    }

    @Test
    void failuresAreSaidAlike() throws Exception {
        Result missing = bothAlike("e.pdf", "--lang", "en", "export", dir.resolve("nowhere.session.json").toString(),
                "-o", "OUT");
        assertThat(missing.code()).isEqualTo(1);
        Result format = bothAlike("f.odt", "--lang", "en", "export", SMALL.toString(), "-o", "OUT");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).startsWith("vaerksted export: ");
        Path folder = dir.resolve("not-yet");
        Result unwritable = bothAlike("g.pdf", "--lang", "da", "export", SMALL.toString(), "-o",
                folder.resolve("x.pdf").toString());
        assertThat(unwritable.code()).isEqualTo(1);
    }

    @Test
    void timingsArePrintedToStandardError() {
        Result r = plain("export", SMALL.toString(), "-o", dir.resolve("t.pdf").toString(), "--timings");
        assertThat(r.code()).isZero();
        assertThat(r.err()).startsWith("timings (ms): ").contains("read ").contains("layout ").contains("save ")
                .contains("total ");
        assertThat(r.out()).doesNotContain("timings");
    }

    @Test
    void everythingElseGoesToTheParser() {
        String f = SMALL.toString();
        String o = dir.resolve("x.pdf").toString();
        String[][] others = {
            {"validate", f},
            {"export", f},
            {"export", "-o", o},
            {"export", f, f, "--merge", "-o", o},
            {"export", f, "--out-dir", o},
            {"export", f, "-o", o, "--timings", "--timings"},
            {"export", f, "-o", o, "-o", o},
            {"export", f, "-o" + o},
            {"export", f, "--output=" + o},
            {"export", "@args.txt", "-o", o},
            {"export", f, "-o", "--timings"},
            {"export", "--", f, "-o", o},
            {"export", f, "-o", o, "--help"},
            {"--lang", "export", f, "-o", o},
            {"--lang=", "export", f, "-o", o},
            {"--startup-probe", "export", f, "-o", o},
            {"export", f, "-o", o, "--format", "pdf"},
            {"export", "", "-o", o},
        };
        for (String[] args : others) {
            assertThat(plain(args).code()).as(String.join(" ", args)).isNull();
        }
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}
