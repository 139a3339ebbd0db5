package dk.vaerksted.room;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.security.LoopbackOnly;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The room's server as a table's phone and a hostile client meet it, over real HTTP on loopback. */
@ExtendWith(LoopbackOnly.class)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RoomServerTest {
    @TempDir
    Path dir;

    private RoomFixture room;

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(Sessions.SMALL, dir);
    }

    @AfterEach
    void close() throws Exception {
        room.close();
    }

    private List<Note> notes(String table) {
        return Sessions.tableNotes(room.session(), table);
    }

    @Test
    void aFormPostIsInTheFileWithinASecondAndTheBrowserIsSentBack() throws Exception {
        HttpResponse<String> r = room.post(room.link("bord-1"), Map.of("text", "Vi deler sjældent udkast – æøå",
                "id", "form-00000001"), false);
        long answered = System.nanoTime();
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/t/" + room.token("bord-1") + "?sent");
        Session onDisk = room.savedWhere(s -> !Sessions.tableNotes(s, "bord-1").isEmpty(), Duration.ofSeconds(1));
        assertThat(onDisk).as("saved within a second").isNotNull();
        assertThat(System.nanoTime() - answered).isLessThan(1_000_000_000L);
        assertThat(Sessions.tableNotes(onDisk, "bord-1")).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Vi deler sjældent udkast – æøå");
            assertThat(n.clientId()).isEqualTo("form-00000001");
            assertThat(n.at()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d|.*Z");
        });
        HttpResponse<String> page = room.get(room.link("bord-1") + "?sent");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Vi deler sjældent udkast – æøå").contains("Noten er gemt.")
                .contains("<html lang=\"da\">").contains("Bord 1");
        // Another table sees none of it.
        assertThat(room.get(room.link("bord-2")).body()).doesNotContain("Vi deler sjældent udkast");
    }

    @Test
    void aRetryWithTheSameIdMakesNoSecondNote() throws Exception {
        Map<String, String> note = Map.of("text", "Kun én gang", "id", "retry-0000001");
        HttpResponse<String> first = room.post(room.link("bord-2"), note, true);
        HttpResponse<String> again = room.post(room.link("bord-2"), note, true);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(first.body()).isEqualTo("{\"outcome\":\"added\"}");
        assertThat(again.body()).isEqualTo("{\"outcome\":\"already_added\"}");
        assertThat(notes("bord-2")).hasSize(1);
        // Without an id the server makes one: two posts, two notes.
        room.post(room.link("bord-2"), Map.of("text", "Uden id"), false);
        room.post(room.link("bord-2"), Map.of("text", "Uden id"), false);
        assertThat(notes("bord-2")).extracting(Note::text).containsExactly("Kun én gang", "Uden id", "Uden id");
    }

    @Test
    void wrongAndTruncatedTokensFindNothingAndWriteNothing() throws Exception {
        Session before = room.session();
        String token = room.token("bord-1");
        for (String bad : List.of(token.substring(0, token.length() - 1), token + "A", "A" + token.substring(1),
                Tokens.newToken(), "x")) {
            HttpResponse<String> r = room.post(room.base() + "/t/" + bad, Map.of("text", "ind ad bagdøren"), false);
            assertThat(r.statusCode()).as(bad).isEqualTo(404);
            assertThat(room.get(room.base() + "/t/" + bad).statusCode()).isEqualTo(404);
            assertThat(room.get(room.base() + "/t/" + bad + "/state").statusCode()).isEqualTo(404);
        }
        assertThat(room.session()).isSameAs(before);
        assertThat(room.saves).isEmpty();
    }

    @Test
    void theRootAndTheStaticFilesRevealNoToken() throws Exception {
        HttpResponse<String> root = room.get(room.base() + "/");
        assertThat(root.statusCode()).isEqualTo(200);
        for (String t : room.state().tokens().values()) {
            assertThat(root.body()).doesNotContain(t);
        }
        assertThat(root.body()).doesNotContain("Bord 1").doesNotContain("/t/");
        HttpResponse<String> icon = room.get(room.base() + "/static/icon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).contains("image/svg+xml");
        HttpResponse<String> js = room.get(room.base() + "/static/room.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(room.get(room.base() + "/static/room.css").statusCode()).isEqualTo(200);
        for (String path : List.of("/static/", "/static", "/static/other.js", "/t/", "/t", "/favicon.ico",
                "/index.html", "/dk/vaerksted/room/room.js", "/static/ROOM.JS")) {
            assertThat(room.get(room.base() + path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String url : List.of(room.link("bord-1"), room.base() + "/", room.base() + "/nothing",
                room.base() + "/static/room.css", room.link("bord-1") + "/state")) {
            var h = room.get(url).headers();
            assertThat(h.firstValue("Content-Security-Policy")).as(url).contains(RoomServer.CSP);
            assertThat(h.firstValue("X-Content-Type-Options")).as(url).contains("nosniff");
            assertThat(h.firstValue("Referrer-Policy")).as(url).contains("no-referrer");
            assertThat(h.firstValue("Cache-Control")).as(url).contains("no-store");
            assertThat(h.firstValue("Server")).as(url).isEmpty();
        }
        assertThat(RoomServer.CSP).contains("default-src 'none'").contains("script-src 'self'")
                .doesNotContain("unsafe");
    }

    @Test
    void scriptInANoteIsTextOnEveryPage() throws Exception {
        String evil = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>&amp;";
        HttpResponse<String> r = room.post(room.link("bord-3"), Map.of("text", evil, "id", "evil-0000001"), true);
        assertThat(r.statusCode()).isEqualTo(201);
        String page = room.get(room.link("bord-3")).body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;");
        assertThat(page.split("<script", -1)).hasSize(2); // only the page's own script element
        String edit = room.get(room.link("bord-3") + "/n/evil-0000001").body();
        assertThat(edit).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
        String json = room.get(room.link("bord-3") + "/state").body();
        assertThat(json).contains("\"text\":\"<script>alert('x')</script>\\\"><img src=x onerror=alert(1)>&amp;\"");
        assertThat(notes("bord-3")).extracting(Note::text).containsExactly(evil);
    }

    @Test
    void aNoteBeyondTheCapIsRefusedWith413() throws Exception {
        String max = "x".repeat(TableEdits.MAX_NOTE_CHARS);
        assertThat(room.post(room.link("bord-1"), Map.of("text", max, "id", "cap-00000001"), true).statusCode())
                .isEqualTo(201);
        assertThat(room.post(room.link("bord-1"), Map.of("text", max + "y", "id", "cap-00000002"), true).statusCode())
                .isEqualTo(413);
        assertThat(room.post(room.link("bord-1"), Map.of("text", max + "y"), false).statusCode()).isEqualTo(413);
        // A body over 64 KiB: refused on its declared length, and sent in chunks without one.
        String token = room.token("bord-1");
        String big = "text=" + "a".repeat(70_000);
        String declared = room.raw((RoomFixture.raw("POST /t/" + token + " HTTP/1.1\nHost: 127.0.0.1:"
                + room.room.server().port() + "\nContent-Type: application/x-www-form-urlencoded\nContent-Length: "
                + big.length() + "\n\n") + big).getBytes(StandardCharsets.US_ASCII));
        assertThat(declared).startsWith("HTTP/1.1 413");
        StringBuilder chunked = new StringBuilder(RoomFixture.raw("POST /t/" + token + " HTTP/1.1\nHost: 127.0.0.1:"
                + room.room.server().port() + "\nContent-Type: application/x-www-form-urlencoded\n"
                + "Transfer-Encoding: chunked\nConnection: close\n\n"));
        for (int i = 0; i < 20; i++) {
            String part = i == 0 ? "text=" + "b".repeat(4091) : "b".repeat(4096);
            chunked.append(Integer.toHexString(part.length())).append("\r\n").append(part).append("\r\n");
        }
        chunked.append("0\r\n\r\n");
        assertThat(room.raw(chunked.toString().getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 413");
        assertThat(notes("bord-1")).hasSize(1);
    }

    @Test
    void malformedBodiesAreRefusedCleanly() throws Exception {
        String token = room.token("bord-2");
        int port = room.room.server().port();
        record Case(String type, byte[] body, int status) {}
        List<Case> cases = List.of(
                new Case("application/x-www-form-urlencoded", "text=%C3%28&id=utf8-0000001".getBytes(), 400),
                new Case("application/x-www-form-urlencoded", new byte[] {'t', 'e', 'x', 't', '=', (byte) 0xff}, 400),
                new Case("application/x-www-form-urlencoded", "text=%G1".getBytes(), 400),
                new Case("application/x-www-form-urlencoded", "text=a&text=b".getBytes(), 400),
                new Case("application/x-www-form-urlencoded", "tekst=ingen".getBytes(), 400),
                new Case("application/x-www-form-urlencoded", "text=a&id=../../etc".getBytes(), 400),
                new Case("application/x-www-form-urlencoded", "text=a&prompt=-1".getBytes(), 400),
                new Case("application/x-www-form-urlencoded", "text=%20%0A%20".getBytes(), 400),
                new Case("application/x-www-form-urlencoded; charset=latin1", "text=a".getBytes(), 415),
                new Case("application/json", "{\"text\":\"a\"}".getBytes(), 415),
                new Case("multipart/form-data; boundary=x", "--x--".getBytes(), 415));
        for (Case c : cases) {
            HttpResponse<String> r = room.http.send(HttpRequest.newBuilder(URI.create(room.link("bord-2")))
                    .header("Content-Type", c.type()).POST(HttpRequest.BodyPublishers.ofByteArray(c.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(c.type() + " " + new String(c.body(), StandardCharsets.ISO_8859_1))
                    .isEqualTo(c.status());
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at dk.");
        }
        // Requests that are not HTTP, or not finished, or with a missing Host.
        for (String bad : List.of("GARBAGE\n\n", "GET /t/" + token + " HTTP/1.1\n\n",
                "GET /t/" + token + " HTTP/9.9\nHost: 127.0.0.1:" + port + "\n\n",
                "POST /t/" + token + " HTTP/1.1\nHost: 127.0.0.1:" + port + "\nContent-Length: -5\n\n")) {
            String answer = room.raw(RoomFixture.raw(bad).getBytes(StandardCharsets.US_ASCII));
            assertThat(answer).as(bad).matches("(?s)HTTP/1\\.1 (400|505) .*|");
        }
        assertThat(notes("bord-2")).isEmpty();
        // The room still answers.
        assertThat(room.post(room.link("bord-2"), Map.of("text", "Stadig her"), false).statusCode()).isEqualTo(303);
    }

    @Test
    void hugeHeadersAreRefused() throws Exception {
        String token = room.token("bord-1");
        String answer = room.raw(RoomFixture.raw("GET /t/" + token + " HTTP/1.1\nHost: 127.0.0.1:"
                + room.room.server().port() + "\nX-Filler: " + "f".repeat(20_000) + "\n\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(answer).startsWith("HTTP/1.1 431");
        assertThat(answer).doesNotContain("ffffffff").doesNotContain(token);
        String longUri = room.raw(RoomFixture.raw("GET /t/" + "a".repeat(20_000) + " HTTP/1.1\nHost: 127.0.0.1:"
                + room.room.server().port() + "\n\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(longUri).matches("(?s)HTTP/1\\.1 (414|431) .*");
    }

    @Test
    void pathTricksReachNothing() throws Exception {
        String token = room.token("bord-1");
        int port = room.room.server().port();
        for (String path : List.of("/t/" + token + "/..", "/t/" + token + "/../", "/static/../t/" + token,
                "/static/%2e%2e/t/" + token, "/t/%2e%2e/t/" + token, "/t/" + token + "%2Fstate",
                "//t/" + token, "/t//" + token, "/T/" + token, "/t/" + token + "/state/..", "/t/" + token + ";x",
                "/static/room.js/..", "/static/room.js%00", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                "/t/" + token + "/n/..%2F..%2Fstate", "/t/" + token + "/n/abcdefgh/../../state",
                "/t/" + token + "\\..\\", "/t/" + token.toLowerCase() + "x")) {
            String answer = room.raw(RoomFixture.raw("GET " + path + " HTTP/1.1\nHost: 127.0.0.1:" + port
                    + "\nConnection: close\n\n").getBytes(StandardCharsets.UTF_8));
            assertThat(answer).as(path).matches("(?s)HTTP/1\\.1 (400|404) .*");
            assertThat(answer).as(path).doesNotContain("Bord 1").doesNotContain("root:");
        }
    }

    @Test
    void onlyThisServersOwnNameAndPagesMayWrite() throws Exception {
        String token = room.token("bord-1");
        int port = room.room.server().port();
        // A page on another name that resolves here (DNS rebinding) gets nothing.
        String rebound = room.raw(RoomFixture.raw("GET /t/" + token + " HTTP/1.1\nHost: evil.example:" + port
                + "\nConnection: close\n\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(rebound).startsWith("HTTP/1.1 400").doesNotContain("Bord 1");
        // Another site's form cannot post into a table's page.
        HttpResponse<String> cross = room.http.send(HttpRequest.newBuilder(URI.create(room.link("bord-1")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("text=falsk")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cross.statusCode()).isEqualTo(403);
        HttpResponse<String> fetched = room.http.send(HttpRequest.newBuilder(URI.create(room.link("bord-1")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .header("Origin", "null").POST(HttpRequest.BodyPublishers.ofString("text=falsk")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fetched.statusCode()).isEqualTo(403);
        assertThat(notes("bord-1")).isEmpty();
        // Our own form under no-referrer says "Origin: null" and same-origin.
        HttpResponse<String> own = room.http.send(HttpRequest.newBuilder(URI.create(room.link("bord-1")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "null").POST(HttpRequest.BodyPublishers.ofString("text=egen")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(303);
        HttpResponse<String> same = room.http.send(HttpRequest.newBuilder(URI.create(room.link("bord-1")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", room.base())
                .POST(HttpRequest.BodyPublishers.ofString("text=ægte")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(same.statusCode()).isEqualTo(303);
        assertThat(room.get(room.base() + "/").statusCode()).isEqualTo(200);
        assertThat(room.http.send(HttpRequest.newBuilder(URI.create(room.link("bord-1"))).method("DELETE",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(405);
    }

    @Test
    void anEarlyRefusalLeavesTheConnectionUsableOrClosesIt() throws Exception {
        int port = room.room.server().port();
        String host = "Host: 127.0.0.1:" + port + "\n";
        // A refused post whose body is all here: the body is dropped, the next request on the same
        // connection is answered.
        String both = room.raw(RoomFixture.raw("POST /t/" + room.token("bord-1") + " HTTP/1.1\n" + host
                + "Origin: http://evil.example\nContent-Type: application/x-www-form-urlencoded\n"
                + "Content-Length: 10\n\ntext=falsk" + "GET / HTTP/1.1\n" + host + "Connection: close\n\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(both).startsWith("HTTP/1.1 403").contains("HTTP/1.1 200");
        // A refused post whose body is still coming: the connection is closed after the answer.
        String early = room.raw(RoomFixture.raw("POST /t/" + Tokens.newToken() + " HTTP/1.1\n" + host
                + "Content-Type: application/x-www-form-urlencoded\nContent-Length: 100000\n\ntext=aaaaa")
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(early).startsWith("HTTP/1.1 404").containsIgnoringCase("Connection: close");
        assertThat(notes("bord-1")).isEmpty();
    }

    @Test
    void aTableCorrectsAndDeletesItsOwnNotesOnly() throws Exception {
        room.post(room.link("bord-1"), Map.of("text", "Første udkast", "id", "edit-0000001"), false);
        String editUrl = room.link("bord-1") + "/n/edit-0000001";
        HttpResponse<String> page = room.get(editUrl);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(">Første udkast</textarea>").contains("/n/edit-0000001/delete");
        HttpResponse<String> saved = room.post(editUrl, Map.of("text", "Rettet udkast"), false);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?saved"));
        assertThat(notes("bord-1")).extracting(Note::text).containsExactly("Rettet udkast");
        // Another table's link cannot see, correct or delete it.
        String foreign = room.link("bord-2") + "/n/edit-0000001";
        assertThat(room.get(foreign).statusCode()).isEqualTo(404);
        assertThat(room.post(foreign, Map.of("text", "Kapret"), false).statusCode()).isEqualTo(404);
        assertThat(room.post(foreign + "/delete", Map.of(), false).statusCode()).isEqualTo(404);
        assertThat(notes("bord-1")).extracting(Note::text).containsExactly("Rettet udkast");
        HttpResponse<String> deleted = room.post(editUrl + "/delete", Map.of(), false);
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?deleted"));
        assertThat(notes("bord-1")).isEmpty();
        assertThat(room.post(editUrl + "/delete", Map.of(), false).statusCode()).isEqualTo(404);
    }

    @Test
    void aClosedExerciseShowsItsNotesAndTakesNoMore() throws Exception {
        room.post(room.link("bord-4"), Map.of("text", "Inden lukning", "id", "close-000001"), false);
        room.model.apply(RoomEdits.closeExercise("halvfaerdig", true));
        HttpResponse<String> refused = room.post(room.link("bord-4"), Map.of("text", "For sent"), false);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(room.post(room.link("bord-4") + "/n/close-000001", Map.of("text", "Ændret"), true).statusCode())
                .isEqualTo(409);
        String page = room.get(room.link("bord-4")).body();
        assertThat(page).contains("Facilitatoren har lukket øvelsen").contains("Inden lukning")
                .doesNotContain("<textarea").doesNotContain("/n/close-000001\"");
        assertThat(notes("bord-4")).extracting(Note::text).containsExactly("Inden lukning");
    }

    @Test
    void theHarvestIsAnsweredTheSameWay() throws Exception {
        assertThat(room.get(room.link("bord-2")).body()).doesNotContain("name=\"prompt\"");
        room.model.apply(RoomEdits.harvest(true));
        String page = room.get(room.link("bord-2")).body();
        assertThat(page).contains("Opsamling").contains("Det, der har gjort størst indtryk på mig, er…")
                .contains("name=\"prompt\" value=\"1\"");
        assertThat(room.post(room.link("bord-2"), Map.of("text", "Rå data", "prompt", "0", "id", "harv-0000001"),
                false).statusCode()).isEqualTo(303);
        assertThat(room.session().harvest().get(0).notes()).extracting(Note::text).contains("Rå data");
        assertThat(room.get(room.link("bord-2")).body()).contains("Rå data");
    }

    @Test
    void aRenewedLinkEndsTheOldOneAndItsLiveStream() throws Exception {
        String old = room.link("bord-1");
        HttpResponse<Stream<String>> events = room.http.send(HttpRequest.newBuilder(URI.create(old + "/events"))
                .GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.headers().firstValue("Content-Type")).contains("text/event-stream; charset=utf-8");
        Iterator<String> lines = events.body().iterator();
        assertThat(next(lines, "data:")).contains("\"notes\":[]");
        Room.TableLink renewed = room.room.renew("bord-1");
        assertThat(renewed.link()).isNotEqualTo(old);
        // The stream of the old link ends (soon: a stream left open would send a heartbeat every
        // ten seconds for ever); the old link is gone; the new one works.
        java.util.concurrent.CompletableFuture<Void> ended = java.util.concurrent.CompletableFuture.runAsync(() -> {
            while (lines.hasNext()) {
                lines.next();
            }
        });
        ended.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(room.get(old).statusCode()).isEqualTo(404);
        assertThat(room.post(renewed.link(), Map.of("text", "Nyt link"), false).statusCode()).isEqualTo(303);
    }

    @Test
    void liveUpdatesBringEveryNoteOfTheTableAndNothingElse() throws Exception {
        HttpResponse<Stream<String>> events = room.http.send(HttpRequest.newBuilder(URI.create(room.link("bord-2")
                + "/events")).GET().build(), HttpResponse.BodyHandlers.ofLines());
        Iterator<String> lines = events.body().iterator();
        assertThat(next(lines, "retry:")).isEqualTo("retry: 3000");
        assertThat(next(lines, "data:")).contains("\"layout\"");
        room.post(room.link("bord-1"), Map.of("text", "Fra bord 1", "id", "live-0000001"), true);
        room.post(room.link("bord-2"), Map.of("text", "Fra bord 2", "id", "live-0000002"), true);
        String update = next(lines, "data:");
        assertThat(update).contains("Fra bord 2").doesNotContain("Fra bord 1");
        room.model.apply(RoomEdits.harvest(true));
        assertThat(next(lines, "data:")).contains("\"harvest\":[{\"index\":0");
        events.body().close();
    }

    @Test
    void closingTheRoomKillsEveryLinkAndTakesTheTokensOutOfTheFile() throws Exception {
        String link = room.link("bord-3");
        room.post(link, Map.of("text", "Sidste note", "id", "last-0000001"), false);
        room.room.close();
        room.model.flush();
        Session onDisk = Sessions.read(room.file);
        assertThat(dk.vaerksted.core.session.RoomState.of(onDisk).orElseThrow().tokens()).isEmpty();
        assertThat(Sessions.tableNotes(onDisk, "bord-3")).extracting(Note::text).containsExactly("Sidste note");
        assertThat(Files.readString(room.file)).doesNotContain(link.substring(link.lastIndexOf('/') + 1));
    }

    /** The next line with this prefix, within 10 s (a stream that never sends it fails, it does not hang). */
    private static String next(Iterator<String> lines, String prefix) throws Exception {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String l = lines.next();
                if (l.startsWith(prefix)) {
                    return l;
                }
            }
            throw new AssertionError("the stream ended before a line starting with " + prefix);
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
}
