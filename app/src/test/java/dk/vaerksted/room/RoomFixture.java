package dk.vaerksted.room;

import dk.vaerksted.core.session.Autosave;
import dk.vaerksted.core.session.RoomState;
import dk.vaerksted.core.session.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A room on 127.0.0.1 over a copy of a sample file, with an HTTP client: what the room's tests
 * share. Only usable in a test class marked {@code @ExtendWith(LoopbackOnly.class)}.
 */
final class RoomFixture implements AutoCloseable {
    final Path file;
    final HeadlessRoomModel model;
    final Room room;
    final HttpClient http;
    final java.util.concurrent.BlockingQueue<Autosave.Result> saves = new java.util.concurrent.LinkedBlockingQueue<>();

    RoomFixture(Path sample, Path dir, RoomServer.Limits limits) throws Exception {
        this(sample, dir, Room.Options.defaults().withLimits(limits));
    }

    RoomFixture(Path sample, Path dir, Room.Options options) throws Exception {
        file = Sessions.copy(sample, dir);
        model = HeadlessRoomModel.open(file, saves::add, new dk.vaerksted.core.session.SessionStore(
                new dk.vaerksted.core.session.DocumentReader(), new dk.vaerksted.core.session.DocumentWriter(),
                new dk.vaerksted.core.session.Versions(dir.resolve("versions"))));
        room = Room.open(model, options.withAddress(InetAddress.getByName("127.0.0.1")).withPort(0));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    RoomFixture(Path sample, Path dir) throws Exception {
        this(sample, dir, RoomServer.Limits.defaults());
    }

    @Override
    public void close() throws Exception {
        try {
            room.close();
        } finally {
            model.close();
        }
    }

    /**
     * Waits (at most {@code limit}) for a save of the file whose session passes {@code test}; the
     * file on disk is then read back. Null when none came in time.
     */
    Session savedWhere(java.util.function.Predicate<Session> test, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            Autosave.Result r = left <= 0 ? saves.poll() : saves.poll(left, java.util.concurrent.TimeUnit.NANOSECONDS);
            if (r == null) {
                return null;
            }
            if (r.error() == null && test.test(r.session())) {
                return Sessions.read(file);
            }
        }
    }

    Session session() {
        return model.session();
    }

    RoomState state() {
        return RoomState.of(model.session()).orElseThrow();
    }

    String token(String table) {
        return state().tokens().get(table);
    }

    String link(String table) {
        return room.server().link(token(table));
    }

    String base() {
        return "http://127.0.0.1:" + room.server().port();
    }

    InetSocketAddress socket() {
        return new InetSocketAddress("127.0.0.1", room.server().port());
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> fields, boolean json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (json) {
            b.header("Accept", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends raw bytes on a fresh connection and reads the answer until the server closes it or
     * the answer is complete ({@code Connection: close} is sent); empty when the server closed
     * without a word.
     */
    String raw(byte[] request) throws IOException {
        try (SocketChannel c = SocketChannel.open(socket())) {
            c.socket().setSoTimeout(10_000);
            ByteBuffer out = ByteBuffer.wrap(request);
            try {
                while (out.hasRemaining()) {
                    c.write(out);
                }
            } catch (IOException e) {
                // The server may close early (a body too large): read what it said.
            }
            return readAll(c);
        }
    }

    static String readAll(SocketChannel c) throws IOException {
        var stream = c.socket().getInputStream();
        byte[] buf = new byte[8192];
        int n;
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try {
            while ((n = stream.read(buf)) >= 0) {
                all.write(buf, 0, n);
            }
        } catch (IOException e) {
            // reset by the server after its answer
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }

    static String raw(String request) {
        return request.replace("\n", "\r\n");
    }
}
