package dk.vaerksted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.RoomState;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionLock;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.security.LoopbackOnly;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vaerksted room FILE} as a facilitator (or a script) runs it: a separate process that
 * prints each table's link, saves what the tables write, and on SIGTERM closes the room with
 * everything saved and exits 0.
 */
@ExtendWith(LoopbackOnly.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RoomCommandTest {
    private static final Pattern LINE = Pattern.compile("(Bord \\d+): (http://127\\.0\\.0\\.1:(\\d+)/t/([A-Za-z0-9_-]{22}))");

    @TempDir
    Path dir;

    private record Started(Process process, List<Matcher> links, int port) {}

    private Started start(Path file, String... more) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"), "dk.vaerksted.Main", "--lang", "da", "room",
                file.toString(), "--bind", "127.0.0.1"));
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("stderr-" + System.nanoTime() + ".txt").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<Matcher> links = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String line = out.readLine();
            assertThat(line).as("table line %d", i + 1).isNotNull();
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            links.add(m);
        }
        return new Started(p, links, Integer.parseInt(links.get(0).group(3)));
    }

    private static String stderr(Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(x -> x.getFileName().toString().startsWith("stderr-")).sorted().toList()) {
                b.append(Files.readString(f));
            }
        }
        return b.toString();
    }

    @Test
    void printsTheLinksSavesTheNotesAndClosesTheRoomOnSigterm() throws Exception {
        Path file = dir.resolve("halvfaerdig.session.json");
        Files.copy(Path.of("../samples/halvfaerdig.session.json"), file);
        Started first = start(file);
        assertThat(first.links()).extracting(m -> m.group(1)).containsExactly("Bord 1", "Bord 2", "Bord 3", "Bord 4");
        assertThat(Files.exists(SessionLock.lockFileOf(file))).isTrue();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String link = first.links().get(1).group(2);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=Fra+kommandolinjen+%C3%A6%C3%B8%C3%A5")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(303);

        first.process().destroy(); // SIGTERM
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).isZero();
        Session saved = new SessionStore().readSession(file);
        List<Note> notes = saved.exercises().get(0).groups().get(1).notes();
        assertThat(notes.get(notes.size() - 1).text()).isEqualTo("Fra kommandolinjen æøå");
        assertThat(notes.get(notes.size() - 1).table()).isEqualTo("bord-2");
        RoomState closed = RoomState.of(saved).orElseThrow();
        assertThat(closed.open()).isFalse();
        assertThat(closed.tokens()).isEmpty();
        assertThat(Files.readString(file)).doesNotContain(first.links().get(1).group(4));
        assertThat(Files.exists(SessionLock.lockFileOf(file))).isFalse();
        assertThat(stderr(dir)).contains("Rummet er åbent på 127.0.0.1:" + first.port())
                .contains("Rummet er lukket; alle noter er gemt i " + file);

        // A crash (SIGKILL) leaves the room open in the file: after a restart the same links work.
        Started crashed = start(file);
        String crashLink = crashed.links().get(0).group(2);
        crashed.process().destroyForcibly();
        crashed.process().waitFor(30, TimeUnit.SECONDS);
        assertThat(RoomState.of(new SessionStore().readSession(file)).orElseThrow().open()).isTrue();
        Started restarted = start(file);
        assertThat(restarted.links().get(0).group(2)).isEqualTo(crashLink);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(crashLink)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        restarted.process().destroy();
        assertThat(restarted.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(restarted.process().exitValue()).isZero();

        // Again: the same port (printed links keep their address), new tokens, and the table cards.
        Path cards = dir.resolve("bordkort.pdf");
        Started second = start(file, "--print-cards", cards.toString());
        try {
            assertThat(second.port()).isEqualTo(first.port());
            assertThat(second.links().get(1).group(4)).isNotEqualTo(first.links().get(1).group(4));
            assertThat(http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(404);
        } finally {
            second.process().destroy();
            assertThat(second.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(second.process().exitValue()).isZero();
        assertThat(Files.size(cards)).isPositive();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(cards.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Bord 4 — scan for at skrive jeres noter")
                    .contains(second.links().get(3).group(2));
        }
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = VaerkstedCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void mistakesAreReportedWithoutOpeningAnything() throws Exception {
        Path file = dir.resolve("halvfaerdig.session.json");
        Files.copy(Path.of("../samples/halvfaerdig.session.json"), file);
        byte[] before = Files.readAllBytes(file);

        Result missing = run("--lang", "en", "room", dir.resolve("nowhere.session.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nowhere.session.json").contains("file not found");

        Result name = run("--lang", "en", "room", file.toString(), "--bind", "localhost");
        assertThat(name.code()).isEqualTo(2);
        assertThat(name.err()).contains("\"localhost\" is not an address of this machine");

        Result any = run("--lang", "en", "room", file.toString(), "--bind", "0.0.0.0");
        assertThat(any.code()).isEqualTo(2);

        Result exercise = run("--lang", "en", "room", file.toString(), "--exercise", "nope", "--bind", "127.0.0.1");
        assertThat(exercise.code()).isEqualTo(1);
        assertThat(exercise.err()).contains("no exercise with the id \"nope\" (the file has: halvfaerdig)");

        Result foreign = run("--lang", "en", "room", file.toString(), "--bind", "192.0.2.1");
        assertThat(foreign.code()).isEqualTo(1);
        assertThat(foreign.err()).contains("\"192.0.2.1\" is not an address of this machine");

        try (SessionLock held = SessionLock.acquire(file)) {
            Result locked = run("--lang", "en", "room", file.toString(), "--bind", "127.0.0.1");
            assertThat(locked.code()).isEqualTo(1);
            assertThat(locked.err()).contains("open in another Værksted window or room");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(missing.out() + name.out() + exercise.out() + foreign.out()).isEmpty();
    }
}
