package dk.vaerksted.room;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.security.LoopbackOnly;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forum's worth of phones at once: 16 tables, 6 clients each, 20 notes per client, every
 * client on its own connection, some notes sent twice (a retry after a lost answer). Every
 * accepted note must be in the file exactly once, at its own table.
 */
@ExtendWith(LoopbackOnly.class)
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConcurrencyTest {
    static final int CLIENTS = 6;
    static final int NOTES = 20;

    @TempDir
    Path dir;

    @Test
    void everyAcceptedNoteIsInTheFileExactlyOnce() throws Exception {
        RoomServer.Limits limits = RoomServer.Limits.defaults().withWrites(100_000, 100_000);
        try (RoomFixture room = new RoomFixture(Sessions.FORUM, dir, limits)) {
            List<Group> tables = room.state().exercise(room.session()).orElseThrow().groups();
            assertThat(tables).hasSize(16);
            int before = room.session().noteCount();
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger retried = new AtomicInteger();
            ExecutorService phones = Executors.newFixedThreadPool(tables.size() * CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            for (Group table : tables) {
                String link = room.link(table.id());
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    done.add(phones.submit(() -> {
                        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                .followRedirects(HttpClient.Redirect.NEVER).build();
                        start.await();
                        for (int n = 0; n < NOTES; n++) {
                            String id = String.format("%s-c%d-n%02d", table.id(), client, n);
                            String text = table.displayName() + " · klient " + client + " · note " + n + " æøå";
                            int times = n % 7 == 3 ? 2 : 1;
                            for (int t = 0; t < times; t++) {
                                int status = send(http, link, id, text);
                                if (t == 0) {
                                    assertThat(status).isEqualTo(201);
                                    accepted.incrementAndGet();
                                } else {
                                    assertThat(status).isEqualTo(200);
                                    retried.incrementAndGet();
                                }
                            }
                        }
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            phones.shutdown();
            assertThat(accepted.get()).isEqualTo(16 * CLIENTS * NOTES);
            assertThat(retried.get()).isPositive();
            room.model.flush();
            Session onDisk = Sessions.read(room.file);
            assertThat(onDisk.noteCount()).isEqualTo(before + accepted.get());
            Map<String, Integer> seen = new HashMap<>();
            for (Group g : room.state().exercise(onDisk).orElseThrow().groups()) {
                for (Note n : g.notes()) {
                    if (n.clientId() != null) {
                        assertThat(n.table()).isEqualTo(g.id());
                        assertThat(n.clientId()).startsWith(g.id() + "-c");
                        seen.merge(n.clientId(), 1, Integer::sum);
                    }
                }
            }
            assertThat(seen).hasSize(accepted.get());
            assertThat(seen.values()).containsOnly(1);
        }
    }

    /** Posts one note; a connection that fails is tried again with the same id, as the page does. */
    private static int send(HttpClient http, String link, String id, String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RoomFixture.form(Map.of("text", text, "id", id)))).build();
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 503) {
                    return attempt == 0 ? r.statusCode() : r.statusCode() == 200 ? 201 : r.statusCode();
                }
            } catch (IOException e) {
                last = e;
            }
        }
        throw last != null ? last : new IOException("the room kept answering 503");
    }
}
