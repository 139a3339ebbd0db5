package dk.vaerksted.room;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Note;
import dk.vaerksted.security.LoopbackOnly;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One table flooding the room, clients that send slowly or never finish, too many live streams. */
@ExtendWith(LoopbackOnly.class)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FloodAndSlowClientsTest {
    @TempDir
    Path dir;

    @Test
    void aFloodFromOneTableIsRefusedWith429AndDisturbsNoOtherTable() throws Exception {
        AtomicLong clock = new AtomicLong();
        RoomServer.Limits limits = RoomServer.Limits.defaults().withWrites(10, 1);
        try (RoomFixture room = new RoomFixture(Sessions.SMALL, dir,
                Room.Options.defaults().withLimits(limits).withNanoClock(clock::get))) {
            List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                flood.add(room.http.sendAsync(HttpRequest.newBuilder(URI.create(room.link("bord-1")))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(RoomFixture.form(Map.of("text", "flood " + i,
                                "id", String.format("flood-%05d", i))))).build(), HttpResponse.BodyHandlers.ofString()));
            }
            // Meanwhile the other tables write as usual.
            for (String table : List.of("bord-2", "bord-3", "bord-4")) {
                for (int i = 0; i < 5; i++) {
                    assertThat(room.post(room.link(table), Map.of("text", table + " " + i), false).statusCode())
                            .isEqualTo(303);
                }
            }
            int accepted = 0;
            int refused = 0;
            for (CompletableFuture<HttpResponse<String>> f : flood) {
                HttpResponse<String> r = f.get();
                if (r.statusCode() == 201) {
                    accepted++;
                } else {
                    assertThat(r.statusCode()).isEqualTo(429);
                    assertThat(r.headers().firstValue("Retry-After")).contains("1");
                    assertThat(r.body()).contains("\"error\":\"tooMany\"");
                    refused++;
                }
            }
            assertThat(accepted).isEqualTo(10);
            assertThat(refused).isEqualTo(190);
            assertThat(Sessions.tableNotes(room.session(), "bord-1")).hasSize(10);
            for (String table : List.of("bord-2", "bord-3", "bord-4")) {
                assertThat(Sessions.tableNotes(room.session(), table)).hasSize(5);
            }
            // Without script a refused note comes back in its field, with why.
            HttpResponse<String> page = room.post(room.link("bord-1"), Map.of("text", "Bevar mig <b>", "id",
                    "kept-0000001"), false);
            assertThat(page.statusCode()).isEqualTo(429);
            assertThat(page.body()).contains(">Bevar mig &lt;b&gt;</textarea>").contains("value=\"kept-0000001\"")
                    .contains("Mange noter på kort tid");
            // A second later the table may write again.
            clock.addAndGet(1_000_000_000L);
            assertThat(room.post(room.link("bord-1"), Map.of("text", "Igen"), false).statusCode()).isEqualTo(303);
            room.model.flush();
            List<Note> onDisk = Sessions.allTableNotes(Sessions.read(room.file));
            assertThat(onDisk).hasSize(10 + 15 + 1);
        }
    }

    @Test
    void aClientThatStopsSendingIsDisconnected() throws Exception {
        RoomServer.Limits limits = RoomServer.Limits.defaults().withIdleTimeout(Duration.ofMillis(300));
        try (RoomFixture room = new RoomFixture(Sessions.SMALL, dir, limits)) {
            String token = room.token("bord-1");
            int port = room.room.server().port();
            for (String unfinished : List.of("GET /t/" + token + " HTTP/1.1\r\nHo",
                    "POST /t/" + token + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\ntext=halv")) {
                long start = System.nanoTime();
                try (SocketChannel c = SocketChannel.open(room.socket())) {
                    c.write(ByteBuffer.wrap(unfinished.getBytes(StandardCharsets.US_ASCII)));
                    c.socket().setSoTimeout(10_000);
                    // Blocks until the server gives up on us and closes the connection.
                    String answer = RoomFixture.readAll(c);
                    assertThat(answer).matches("(?s)|HTTP/1\\.1 (400|408|500) .*");
                }
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            }
            assertThat(Sessions.tableNotes(room.session(), "bord-1")).isEmpty();
            assertThat(room.post(room.link("bord-1"), Map.of("text", "Stadig åben"), false).statusCode())
                    .isEqualTo(303);
        }
    }

    @Test
    void liveStreamsPerTableAreLimited() throws Exception {
        RoomServer.Limits d = RoomServer.Limits.defaults();
        RoomServer.Limits limits = new RoomServer.Limits(d.maxBodyBytes(), d.writeBurst(), d.writesPerSecond(),
                d.readBurst(), d.readsPerSecond(), d.idleTimeout(), d.maxConnections(), 3, d.requestHeaderBytes(),
                d.heartbeat(), d.threads());
        try (RoomFixture room = new RoomFixture(Sessions.SMALL, dir, limits)) {
            List<HttpResponse<Stream<String>>> open = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                HttpResponse<Stream<String>> r = room.http.send(HttpRequest.newBuilder(URI.create(room.link("bord-1")
                        + "/events")).build(), HttpResponse.BodyHandlers.ofLines());
                assertThat(r.statusCode()).isEqualTo(200);
                open.add(r);
            }
            HttpResponse<String> fourth = room.get(room.link("bord-1") + "/events");
            assertThat(fourth.statusCode()).isEqualTo(503);
            assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
            HttpResponse<Stream<String>> other = room.http.send(HttpRequest.newBuilder(URI.create(room.link("bord-2")
                    + "/events")).build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(other.statusCode()).isEqualTo(200);
            open.add(other);
            assertThat(room.get(room.link("bord-1") + "/state").statusCode()).isEqualTo(200);
            open.forEach(r -> r.body().close());
        }
    }
}
