package dk.vaerksted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, compiler-style errors, no stack traces. */
class CommandLineTest {
    @TempDir
    Path dir;

    private static final Path SMALL = Path.of("../samples/halvfaerdig.session.json");
    private static final Path FORUM = Path.of("../samples/strategisk-ledelsesforum-2019.session.json");

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = VaerkstedCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path broken() throws Exception {
        Path f = dir.resolve("broken.session.json");
        Files.writeString(f, """
                {
                  "format": "vaerksted.session",
                  "formatVersion": 1,
                  "title": "Forum",
                  "exercises": [
                    { "id": "a", "steps": [ { "id": "s", "minutes": 0 } ],
                      "groups": [ { "id": "g", "cardId": "mangler" } ] }
                  ]
                }
                """);
        return f;
    }

    @Test
    void aFailedWriteIsSaidInTheUsersLanguage() {
        Path missing = dir.resolve("findes-ikke").resolve("forum.pdf");
        Result r = run("--lang", "da", "export", SMALL.toString(), "-o", missing.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Filen kunne ikke skrives: ").contains("findes ikke").doesNotContain("Exception");
    }

    @Test
    void aDeviceIsNotRead() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> run("--lang", "en", "validate", "/dev/zero"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("/dev/zero: this is not an ordinary file");
    }

    @Test
    void validateAcceptsTheSamples() {
        Result r = run("validate", SMALL.toString(), FORUM.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("halvfaerdig.session.json").contains("OK");
    }

    @Test
    void validateChecksDecksAndTemplatesByTheirOwnRules() throws Exception {
        Result r = run("--lang", "en", "validate", "../assets/decks/cfia-7-principper.deck.json",
                "../assets/templates/halvfaerdig.template.json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("cfia-7-principper.deck.json: OK (deck, 7 cards)")
                .contains("halvfaerdig.template.json: OK (exercise template, 2 steps)");
        Path deck = dir.resolve("uden-titel.deck.json");
        Files.writeString(deck, "{ \"format\": \"vaerksted.deck\", \"formatVersion\": 1, \"cards\": [] }");
        Result bad = run("--lang", "en", "validate", deck.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains(deck + ":1:").contains("title");
    }

    @Test
    void validatePrintsCompilerStyleErrorsAndExitsOne() throws Exception {
        Path f = broken();
        Result r = run("--lang", "en", "validate", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(f + ":6:").contains("minutes must be more than 0")
                .contains(f + ":7:").contains("no card with the id \"mangler\"")
                .contains("(exercises[0].groups[0].cardId)");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateSpeaksDanish() throws Exception {
        Result r = run("--lang", "da", "validate", broken().toString());
        assertThat(r.err()).contains("der er intet kort med id’et »mangler«");
    }

    @Test
    void missingAndNonJsonFilesAreClearErrors() throws Exception {
        Path notJson = dir.resolve("notes.txt");
        Files.writeString(notes(notJson), "Dette er ikke JSON");
        Result r = run("--lang", "en", "validate", dir.resolve("nope.session.json").toString(), notJson.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nope.session.json: file not found").contains("notes.txt:1:").contains("not valid JSON");
        assertThat(r.err()).doesNotContain("Exception");
    }

    private static Path notes(Path p) {
        return p;
    }

    @Test
    void exportWritesAPdf() {
        Path out = dir.resolve("forum.pdf");
        Result r = run("--lang", "da", "export", FORUM.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Skrev").contains("sider");
        assertThat(out).exists();
    }

    @Test
    void exportRefusesABadFileAndWritesNothing() throws Exception {
        Path out = dir.resolve("x.pdf");
        Result r = run("export", SMALL.toString(), broken().toString(), "--merge", "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void exportSeveralFilesOnePdfEachOrMerged() {
        Result each = run("export", SMALL.toString(), FORUM.toString(), "--out-dir", dir.resolve("pdf").toString());
        assertThat(each.code()).as(each.err()).isZero();
        assertThat(dir.resolve("pdf/halvfaerdig.pdf")).exists();
        assertThat(dir.resolve("pdf/strategisk-ledelsesforum-2019.pdf")).exists();
        assertThat(each.out().lines()).hasSize(2).allMatch(l -> l.matches("(Skrev|Wrote) .*\\.pdf: .*\\."));
        Result merged = run("--lang", "da", "export", SMALL.toString(), FORUM.toString(), "--merge", "-o",
                dir.resolve("all.pdf").toString());
        assertThat(merged.code()).isZero();
        assertThat(merged.out().strip()).matches("Skrev .*all\\.pdf: \\d+ sider med \\d+ noter fra \\d+ borde i 2 sessioner\\.");
        Result ambiguous = run("export", SMALL.toString(), FORUM.toString(), "-o", dir.resolve("y.pdf").toString());
        assertThat(ambiguous.code()).isEqualTo(2);
        assertThat(dir.resolve("y.pdf")).doesNotExist();
    }

    @Test
    void helpAndVersion() {
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("validate").contains("export");
        Result exportHelp = run("export", "--help");
        assertThat(exportHelp.out()).contains("--with-names").contains("--merge");
        Result version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Værksted");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = run("validate", "--nonsense");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\tat ");
    }
}
