package dk.vaerksted.room;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.RoomState;
import dk.vaerksted.core.session.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The room's web server (Jetty 12, no servlets): the tables' pages and their two static files,
 * nothing else, bound to one address. What it serves:
 *
 * <pre>
 * GET  /                      a page that says what this is (no tokens, no tables)
 * GET  /static/room.css|.js   the page's style and script; /static/icon.svg its icon
 * GET  /t/TOKEN               the table's page
 * POST /t/TOKEN               a note: form fields text, id (the client's id; made here if absent),
 *                             prompt (a harvest prompt's index), written (the page's write stamp:
 *                             a note written before the exercise ended is taken after it) → 303
 *                             back to the page, or with Accept: application/json 201 (200 for a
 *                             retry) and {"outcome":…}; 409 when the exercise is closed or ended
 * GET  /t/TOKEN/state         the table's state as JSON (the script's fallback)
 * GET  /t/TOKEN/events        the same state as server-sent events, on every change
 * GET  /t/TOKEN/n/ID          the page to correct or delete a note
 * POST /t/TOKEN/n/ID          the corrected text (field text) → 303 back
 * POST /t/TOKEN/n/ID/delete   deletes the note → 303 back
 * POST /t/TOKEN/vote          the table's dots on a theme of the open vote: fields theme, count
 *                             (the dots it gives that theme now) → 303 back, or {"outcome":"voted"}
 * </pre>
 *
 * Anything else, and a token that is not a table's, is 404 and changes nothing. Every answer
 * carries a Content-Security-Policy that allows only this server's own files, no caching, no
 * referrer. Bodies, header sizes, connections, streams per table and each table's rate are limited
 * ({@link Limits}); slow clients are dropped by the idle timeout.
 */
public final class RoomServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RoomServer.class.getName());
    /** Jetty's start and stop messages are not for the facilitator; its warnings are. */
    private static final Logger JETTY = Logger.getLogger("org.eclipse.jetty");

    static {
        JETTY.setLevel(Level.WARNING);
    }

    /** What the server allows. */
    public record Limits(int maxBodyBytes, int writeBurst, double writesPerSecond, int readBurst,
            double readsPerSecond, Duration idleTimeout, int maxConnections, int maxStreamsPerTable,
            int requestHeaderBytes, Duration heartbeat, int threads) {
        /**
         * A note of 5,000 characters, each escaped in the worst case (12 bytes), fits in 64 KiB;
         * each table may send 30 changes at once and 5 a second after that, and read 120 times at
         * once and 20 a second (pages, states, streams); 15 s without a byte closes a connection;
         * 512 connections, 32 live streams per table; 8 KiB of request headers.
         */
        public static Limits defaults() {
            return new Limits(64 * 1024, 30, 5, 120, 20, Duration.ofSeconds(15), 512, 32, 8 * 1024,
                    Duration.ofSeconds(10), 64);
        }

        public Limits withWrites(int burst, double perSecond) {
            return new Limits(maxBodyBytes, burst, perSecond, readBurst, readsPerSecond, idleTimeout, maxConnections,
                    maxStreamsPerTable, requestHeaderBytes, heartbeat, threads);
        }

        public Limits withReads(int burst, double perSecond) {
            return new Limits(maxBodyBytes, writeBurst, writesPerSecond, burst, perSecond, idleTimeout,
                    maxConnections, maxStreamsPerTable, requestHeaderBytes, heartbeat, threads);
        }

        public Limits withIdleTimeout(Duration timeout) {
            return new Limits(maxBodyBytes, writeBurst, writesPerSecond, readBurst, readsPerSecond, timeout,
                    maxConnections, maxStreamsPerTable, requestHeaderBytes, heartbeat, threads);
        }
    }

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Pattern TABLE_PATH =
            Pattern.compile("/t/([A-Za-z0-9_-]{1,128})(|/state|/events|/vote|/n/([A-Za-z0-9_-]{8,64})(|/delete))");
    private static final Pattern THEME_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern STAMP = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern FORM_TYPE =
            Pattern.compile("application/x-www-form-urlencoded\\s*(;\\s*charset=\"?utf-8\"?\\s*)?",
                    Pattern.CASE_INSENSITIVE);

    private final RoomModel model;
    private final Limits limits;
    private final Clock clock;
    private final LongSupplier nanoClock;
    private final Server server;
    private final ServerConnector connector;
    private final InetAddress address;
    private final String expectedHost;
    private final RateLimiter writes;
    private final RateLimiter reads;
    private final Map<String, Asset> assets;
    private final Map<Stream, Boolean> streams = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pushThread;
    private final AtomicBoolean pushQueued = new AtomicBoolean();
    private final RoomModel.Subscription subscription;
    private volatile Object[] roomCache = {null, null};

    private record Asset(byte[] bytes, String type) {}

    private RoomServer(RoomModel model, InetAddress address, int port, Limits limits, Clock clock,
            LongSupplier nanoClock) throws IOException {
        this.model = model;
        this.limits = limits;
        this.clock = clock;
        this.nanoClock = nanoClock;
        this.address = address;
        this.writes = new RateLimiter(limits.writeBurst(), limits.writesPerSecond(), nanoClock);
        this.reads = new RateLimiter(limits.readBurst(), limits.readsPerSecond(), nanoClock);
        this.assets = Map.of(Pages.CSS, asset("room.css", "text/css; charset=utf-8"),
                Pages.JS, asset("room.js", "text/javascript; charset=utf-8"),
                Pages.ICON, asset("icon.svg", "image/svg+xml"));

        QueuedThreadPool pool = new QueuedThreadPool(limits.threads(), 2);
        pool.setName("room-http");
        pool.setDaemon(true);
        server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(limits.requestHeaderBytes());
        http.setIdleTimeout(limits.idleTimeout().toMillis());
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostAddress());
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setReuseAddress(true);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        // A body that trickles in slower than 1 KiB/s is given up (the idle timeout catches silence).
        server.setHandler(new org.eclipse.jetty.server.handler.MinimumDataRateHandler(new Tables(), 1024, 0));
        server.setErrorHandler(RoomServer::error);
        server.setStopTimeout(0);
        pushThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "room-push");
            t.setDaemon(true);
            return t;
        });
        try {
            server.start();
        } catch (Exception e) {
            pushThread.shutdownNow();
            try {
                server.stop();
            } catch (Exception stop) {
                e.addSuppressed(stop);
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    // Jetty wraps it: the caller needs to tell "taken / not ours" from other failures.
                    java.net.BindException bind = new java.net.BindException(address.getHostAddress() + ":" + port
                            + ": " + t.getMessage());
                    bind.initCause(e);
                    throw bind;
                }
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getMessage(), e);
        }
        expectedHost = Links.hostPort(address, connector.getLocalPort());
        subscription = model.subscribe(this::schedulePush);
        long beat = limits.heartbeat().toMillis();
        pushThread.scheduleAtFixedRate(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts a server for {@code model} on {@code address}; {@code port} 0 lets the system choose.
     * Throws {@link java.net.BindException} (an IOException) when the port is taken.
     */
    public static RoomServer start(RoomModel model, InetAddress address, int port, Limits limits, Clock clock,
            LongSupplier nanoClock) throws IOException {
        return new RoomServer(model, address, port, limits, clock, nanoClock);
    }

    public static RoomServer start(RoomModel model, InetAddress address, int port) throws IOException {
        return start(model, address, port, Limits.defaults(), Clock.systemDefaultZone(), System::nanoTime);
    }

    public InetAddress address() {
        return address;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(address, port());
    }

    /** The link of a table with this token. */
    public String link(String token) {
        return Links.link(address, port(), token);
    }

    /** Live streams now (for tests and the benchmark). */
    int streamCount() {
        return streams.size();
    }

    /** Stops serving: streams are ended, connections closed. The model is left as it is. */
    @Override
    public void close() {
        subscription.close();
        pushThread.shutdownNow();
        for (Stream s : List.copyOf(streams.keySet())) {
            s.end();
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "stopping the room's server", e);
        }
    }

    private static Asset asset(String name, String type) {
        try (InputStream in = RoomServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new Asset(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The room's state of the session now, parsed once per session. */
    private RoomState room(Session s) {
        Object[] c = roomCache;
        if (c[0] == s) {
            return (RoomState) c[1];
        }
        RoomState r = RoomState.of(s).orElse(null);
        roomCache = new Object[] {s, r};
        return r;
    }

    /** The table whose token this is, when the room is open. */
    private String tableOf(String token) {
        RoomState r = room(model.session());
        if (r == null || !r.open()) {
            return null;
        }
        return Tokens.tableOf(r.tokens(), token);
    }

    private static void secure(Response response) {
        var h = response.getHeaders();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        h.put("Cache-Control", "no-store");
    }

    private static boolean send(Response response, Callback callback, int status, String type, String body) {
        return send(response, callback, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean send(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** Errors Jetty answers itself (a bad request line, headers too large): a short text, nothing echoed. */
    private static boolean error(Request request, Response response, Callback callback) {
        secure(response);
        int status = response.getStatus() >= 400 ? response.getStatus() : 400;
        return send(response, callback, status, "text/plain; charset=utf-8",
                status + " " + HttpStatus.getMessage(status) + "\n");
    }

    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";

    private final class Tables extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            secure(response);
            Response settled = new Response.Wrapper(request, response) {
                private boolean first = true;

                @Override
                public void write(boolean last, ByteBuffer content, Callback cb) {
                    if (first) {
                        first = false;
                        settle(request, getWrapped());
                    }
                    super.write(last, content, cb);
                }
            };
            try {
                return route(request, settled, callback);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the room could not answer a request", e);
                return plain(response, callback, 500);
            }
        }
    }

    /**
     * Before an answer goes out: a body the handler did not read (a request refused early) is
     * dropped if it is all here; if more of it is still coming, the connection closes after the
     * answer, so the client does not send its next request on a connection we are leaving.
     */
    private static void settle(Request request, Response response) {
        boolean body = request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (body && !request.consumeAvailable()) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
    }

    private static boolean plain(Response response, Callback callback, int status) {
        return send(response, callback, status, "text/plain; charset=utf-8",
                status + " " + HttpStatus.getMessage(status) + "\n");
    }

    private boolean route(Request request, Response response, Callback callback) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null || !host.equalsIgnoreCase(expectedHost)) {
            // Only our own address: a page on another name (DNS rebinding) gets nothing.
            return plain(response, callback, 400);
        }
        String method = request.getMethod();
        boolean get = method.equals("GET") || method.equals("HEAD");
        boolean post = method.equals("POST");
        String path = request.getHttpURI().getPath();
        if (path == null) {
            return notFound(response, callback);
        }
        if (path.equals("/")) {
            if (!get) {
                return plain(response, callback, 405);
            }
            Messages m = Pages.messages(model.session().language());
            return send(response, callback, 200, HTML, Pages.message(m, "Værksted", m.get("root.text"), null));
        }
        Asset asset = assets.get(path);
        if (asset != null) {
            if (!get) {
                return plain(response, callback, 405);
            }
            return send(response, callback, 200, asset.type(), asset.bytes());
        }
        Matcher t = TABLE_PATH.matcher(path);
        if (!t.matches()) {
            return notFound(response, callback);
        }
        String token = t.group(1);
        String table = tableOf(token);
        if (table == null) {
            return notFound(response, callback);
        }
        if (!(get || post)) {
            return plain(response, callback, 405);
        }
        if (post && !sameOrigin(request)) {
            return plain(response, callback, 403);
        }
        long wait = (post ? writes : reads).acquire(table);
        boolean json = wantsJson(request);
        if (wait > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, wait);
            if (post && !json) {
                // Keep what was written: the page again, the text in its field.
                return refused(request, response, callback, table, token, 429, "error.tooMany");
            }
            return json ? jsonError(response, callback, 429, "tooMany", table)
                    : plain(response, callback, 429);
        }
        String rest = t.group(2);
        String noteId = t.group(3);
        if (rest.isEmpty()) {
            return post ? addNote(request, response, callback, table, token, json)
                    : page(request, response, callback, table);
        }
        if (rest.equals("/state")) {
            return get ? state(response, callback, table) : plain(response, callback, 405);
        }
        if (rest.equals("/events")) {
            return get ? stream(response, callback, table) : plain(response, callback, 405);
        }
        if (rest.equals("/vote")) {
            return post ? vote(request, response, callback, table, token, json) : plain(response, callback, 405);
        }
        if (t.group(4) != null && !t.group(4).isEmpty()) {
            return post ? deleteNote(request, response, callback, table, token, noteId, json)
                    : plain(response, callback, 405);
        }
        return post ? editNote(request, response, callback, table, token, noteId, json)
                : editPage(response, callback, table, noteId);
    }

    private boolean notFound(Response response, Callback callback) {
        Messages m = Pages.messages(model.session().language());
        return send(response, callback, 404, HTML, Pages.message(m, m.get("notFound.title"), m.get("notFound.text"),
                null));
    }

    /**
     * Whether a write comes from this server's own pages: browsers say so in Sec-Fetch-Site
     * (which no page can forge); older ones in Origin. A form sent under our no-referrer policy
     * says "Origin: null", which is accepted: the token in the path is what keeps others out.
     */
    private boolean sameOrigin(Request request) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        return origin == null || origin.equals("null") || origin.equalsIgnoreCase("http://" + expectedHost);
    }

    private static boolean wantsJson(Request request) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        return accept != null && accept.startsWith("application/json");
    }

    private Optional<TableView> view(String table) {
        return TableView.of(model.session(), table, model.running(), nanoClock.getAsLong());
    }

    private boolean page(Request request, Response response, Callback callback, String table) {
        Optional<TableView> v = view(table);
        if (v.isEmpty()) {
            return notFound(response, callback);
        }
        Messages m = Pages.messages(v.get().language());
        String q = request.getHttpURI().getQuery();
        Pages.Notice notice = null;
        if (q != null) {
            String key = switch (q) {
                case "sent" -> "form.sent";
                case "saved" -> "form.saved";
                case "deleted" -> "form.deleted";
                case "voted" -> "vote.done";
                default -> null;
            };
            notice = key == null ? null : new Pages.Notice(m.get(key), false);
        }
        return send(response, callback, 200, HTML, Pages.table(v.get(), m, notice, null, Tokens.newToken()));
    }

    private boolean state(Response response, Callback callback, String table) {
        Optional<TableView> v = view(table);
        if (v.isEmpty()) {
            return notFound(response, callback);
        }
        return send(response, callback, 200, JSON, StateJson.of(v.get(), Pages.messages(v.get().language())));
    }

    private boolean editPage(Response response, Callback callback, String table, String noteId) {
        Optional<TableView> v = view(table);
        if (v.isEmpty()) {
            return notFound(response, callback);
        }
        Messages m = Pages.messages(v.get().language());
        Optional<TableView.NoteView> note = v.get().note(noteId);
        if (note.isEmpty()) {
            return send(response, callback, 404, HTML, Pages.message(m, m.get("error.noteGone"),
                    m.get("error.noteGone"), Links.path(v.get().token())));
        }
        if (v.get().closed() && v.get().notes().contains(note.get())) {
            return send(response, callback, 409, HTML, Pages.message(m, m.get("error.closed"), m.get("closed.exercise"),
                    Links.path(v.get().token())));
        }
        return send(response, callback, 200, HTML, Pages.edit(v.get(), note.get(), m, null, null));
    }

    /** A form body that passed every check, or null when an answer was already sent. */
    private Map<String, String> form(Request request, Response response, Callback callback, boolean json,
            String table) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !FORM_TYPE.matcher(type.strip()).matches()) {
            plain(response, callback, 415);
            return null;
        }
        long length = request.getLength();
        if (length > limits.maxBodyBytes()) {
            tooLarge(response, callback, json, table);
            return null;
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(limits.maxBodyBytes() + 1);
        } catch (IOException e) {
            plain(response, callback, 400);
            return null;
        }
        if (body.length > limits.maxBodyBytes()) {
            tooLarge(response, callback, json, table);
            return null;
        }
        try {
            return Form.parse(body);
        } catch (Form.BadFormException e) {
            if (json) {
                jsonError(response, callback, 400, "bad", table);
            } else {
                Messages m = Pages.messages(model.session().language());
                send(response, callback, 400, HTML, Pages.message(m, m.get("error.heading"), m.get("error.bad"),
                        null));
            }
            return null;
        }
    }

    private void tooLarge(Response response, Callback callback, boolean json, String table) {
        // The rest of the body is not read: the connection closes after this answer.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        if (json) {
            jsonError(response, callback, 413, "tooLong", table);
        } else {
            Messages m = Pages.messages(model.session().language());
            send(response, callback, 413, HTML, Pages.message(m, m.get("error.heading"), m.get("error.tooLong"),
                    null));
        }
    }

    private boolean jsonError(Response response, Callback callback, int status, String code, String table) {
        Messages m = Pages.messages(model.session().language());
        String key = switch (code) {
            case "tooMany" -> "error.tooMany";
            case "tooLong" -> "error.tooLong";
            case "empty" -> "error.empty";
            case "closed" -> "error.closed";
            case "ended" -> "error.ended";
            case "unavailable" -> "error.unavailable";
            case "gone" -> "error.noteGone";
            case "tooManyDots" -> "error.tooManyDots";
            case "voteClosed" -> "error.voteClosed";
            default -> "error.bad";
        };
        return send(response, callback, status, JSON, "{\"error\":\"" + code + "\",\"message\":"
                + jsonString(m.get(key)) + "}");
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** The page again with the refused text in its field and why (no JavaScript). */
    private boolean refused(Request request, Response response, Callback callback, String table, String token,
            int status, String key) {
        Map<String, String> fields = null;
        if (status == 429) {
            String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
            if (type != null && FORM_TYPE.matcher(type.strip()).matches()
                    && request.getLength() <= limits.maxBodyBytes()) {
                try (InputStream in = Content.Source.asInputStream(request)) {
                    byte[] body = in.readNBytes(limits.maxBodyBytes() + 1);
                    fields = body.length <= limits.maxBodyBytes() ? Form.parse(body) : null;
                } catch (IOException | Form.BadFormException e) {
                    fields = null;
                }
            }
        }
        return refused(response, callback, table, fields == null ? Map.of() : fields, status, key);
    }

    private boolean refused(Response response, Callback callback, String table, Map<String, String> fields,
            int status, String key) {
        Optional<TableView> v = view(table);
        if (v.isEmpty()) {
            return notFound(response, callback);
        }
        Messages m = Pages.messages(v.get().language());
        String text = fields.getOrDefault("text", "");
        String id = fields.get("id");
        String prompt = fields.get("prompt");
        String formKey = prompt == null ? "n" : "h" + prompt;
        Pages.Draft draft = new Pages.Draft(formKey, text.length() <= TableEdits.MAX_NOTE_CHARS ? text : "",
                id != null && CLIENT_ID.matcher(id).matches() ? id : Tokens.newToken());
        return send(response, callback, status, HTML,
                Pages.table(v.get(), m, new Pages.Notice(m.get(key), true), draft, Tokens.newToken()));
    }

    private String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private boolean addNote(Request request, Response response, Callback callback, String table, String token,
            boolean json) {
        Map<String, String> f = form(request, response, callback, json, table);
        if (f == null) {
            return true;
        }
        String raw = f.get("text");
        String id = f.get("id");
        String promptField = f.get("prompt");
        if (raw == null || (id != null && !CLIENT_ID.matcher(id).matches())) {
            return json ? jsonError(response, callback, 400, "bad", table) : refused(response, callback, table, f, 400,
                    "error.bad");
        }
        TableEdits.Target target = TableEdits.Target.NOTES;
        if (promptField != null) {
            if (!promptField.matches("[0-9]{1,3}")) {
                return json ? jsonError(response, callback, 400, "bad", table) : plain(response, callback, 400);
            }
            target = TableEdits.Target.harvest(Integer.parseInt(promptField));
        }
        String text = Form.noteText(raw);
        if (text.length() > TableEdits.MAX_NOTE_CHARS) {
            tooLarge(response, callback, json, table);
            return true;
        }
        if (text.isEmpty()) {
            return json ? jsonError(response, callback, 400, "empty", table)
                    : refused(response, callback, table, f, 400, "error.empty");
        }
        String clientId = id != null ? id : Tokens.newToken();
        TableEdits.Outcome outcome;
        try {
            outcome = model.apply(TableEdits.add(table, target, clientId, text, now(), model.running(),
                    stamp(f.get("written"))));
        } catch (RoomModel.UnavailableException e) {
            LOG.log(Level.WARNING, "a table's note waits: " + e.getMessage());
            response.getHeaders().put(HttpHeader.RETRY_AFTER, 2);
            return json ? jsonError(response, callback, 503, "unavailable", table)
                    : refused(response, callback, table, f, 503, "error.unavailable");
        }
        return answer(response, callback, table, token, json, outcome, f, "sent");
    }

    /** The page's write stamp sent with a note, or null when there is none (or it is not a number). */
    private static Long stamp(String field) {
        if (field == null || !STAMP.matcher(field).matches()) {
            return null;
        }
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A table's dots on one theme (issue 16): {@code theme} and {@code count}, set (not added), so a retry is harmless. */
    private boolean vote(Request request, Response response, Callback callback, String table, String token,
            boolean json) {
        Map<String, String> f = form(request, response, callback, json, table);
        if (f == null) {
            return true;
        }
        String theme = f.get("theme");
        String count = f.get("count");
        if (theme == null || count == null || !THEME_ID.matcher(theme).matches() || !count.matches("[0-9]{1,2}")) {
            return json ? jsonError(response, callback, 400, "bad", table) : plain(response, callback, 400);
        }
        TableEdits.Outcome outcome;
        try {
            outcome = model.apply(TableEdits.vote(table, theme, Integer.parseInt(count)));
        } catch (RoomModel.UnavailableException e) {
            LOG.log(Level.WARNING, "a table's vote waits: " + e.getMessage());
            response.getHeaders().put(HttpHeader.RETRY_AFTER, 2);
            return json ? jsonError(response, callback, 503, "unavailable", table) : plain(response, callback, 503);
        }
        Messages m = Pages.messages(model.session().language());
        return switch (outcome) {
            case VOTED -> {
                if (json) {
                    yield send(response, callback, 200, JSON, "{\"outcome\":\"voted\"}");
                }
                response.setStatus(HttpStatus.SEE_OTHER_303);
                response.getHeaders().put(HttpHeader.LOCATION, Links.path(token) + "?voted#vote");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
                response.write(true, ByteBuffer.allocate(0), callback);
                yield true;
            }
            case TOO_MANY_DOTS -> json ? jsonError(response, callback, 409, "tooManyDots", table)
                    : send(response, callback, 409, HTML, Pages.message(m, m.get("error.tooManyDots"),
                            m.get("error.tooManyDots"), Links.path(token)));
            case CLOSED -> json ? jsonError(response, callback, 409, "voteClosed", table)
                    : send(response, callback, 409, HTML, Pages.message(m, m.get("error.voteClosed"),
                            m.get("error.voteClosed"), Links.path(token)));
            case NOT_FOUND -> json ? jsonError(response, callback, 404, "gone", table) : notFound(response, callback);
            default -> notFound(response, callback);
        };
    }

    private boolean editNote(Request request, Response response, Callback callback, String table, String token,
            String noteId, boolean json) {
        Map<String, String> f = form(request, response, callback, json, table);
        if (f == null) {
            return true;
        }
        String raw = f.get("text");
        if (raw == null) {
            return json ? jsonError(response, callback, 400, "bad", table) : plain(response, callback, 400);
        }
        String text = Form.noteText(raw);
        if (text.length() > TableEdits.MAX_NOTE_CHARS) {
            tooLarge(response, callback, json, table);
            return true;
        }
        if (text.isEmpty()) {
            if (json) {
                return jsonError(response, callback, 400, "empty", table);
            }
            Optional<TableView> v = view(table);
            Optional<TableView.NoteView> note = v.flatMap(x -> x.note(noteId));
            if (note.isEmpty()) {
                return notFound(response, callback);
            }
            Messages m = Pages.messages(v.get().language());
            return send(response, callback, 400, HTML, Pages.edit(v.get(), note.get(), m,
                    new Pages.Notice(m.get("error.empty"), true), ""));
        }
        return change(response, callback, table, token, json, TableEdits.edit(table, noteId, text), f, "saved");
    }

    private boolean deleteNote(Request request, Response response, Callback callback, String table, String token,
            String noteId, boolean json) {
        Map<String, String> f = form(request, response, callback, json, table);
        if (f == null) {
            return true;
        }
        return change(response, callback, table, token, json, TableEdits.delete(table, noteId), f, "deleted");
    }

    private boolean change(Response response, Callback callback, String table, String token, boolean json,
            java.util.function.Function<Session, RoomModel.Change<TableEdits.Outcome>> edit, Map<String, String> f,
            String done) {
        TableEdits.Outcome outcome;
        try {
            outcome = model.apply(edit);
        } catch (RoomModel.UnavailableException e) {
            LOG.log(Level.WARNING, "a table's change waits: " + e.getMessage());
            response.getHeaders().put(HttpHeader.RETRY_AFTER, 2);
            return json ? jsonError(response, callback, 503, "unavailable", table) : plain(response, callback, 503);
        }
        return answer(response, callback, table, token, json, outcome, f, done);
    }

    private boolean answer(Response response, Callback callback, String table, String token, boolean json,
            TableEdits.Outcome outcome, Map<String, String> f, String done) {
        Messages m = Pages.messages(model.session().language());
        switch (outcome) {
            case ADDED, ALREADY_ADDED, CHANGED, DELETED -> {
                if (json) {
                    // A short answer: the page knows what it sent; the table's whole state follows on
                    // its live stream (or its next poll), once for every change that came meanwhile.
                    return send(response, callback, outcome == TableEdits.Outcome.ADDED ? 201 : 200, JSON,
                            "{\"outcome\":\"" + outcome.name().toLowerCase(java.util.Locale.ROOT) + "\"}");
                }
                response.setStatus(HttpStatus.SEE_OTHER_303);
                response.getHeaders().put(HttpHeader.LOCATION, Links.path(token) + "?" + done);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
                response.write(true, ByteBuffer.allocate(0), callback);
                return true;
            }
            case CLOSED -> {
                return json ? jsonError(response, callback, 409, "closed", table)
                        : send(response, callback, 409, HTML, Pages.message(m, m.get("error.closed"),
                                m.get("closed.exercise"), Links.path(token)));
            }
            case ENDED -> {
                // The page again without a field, the text shown so it is not lost, and why.
                return json ? jsonError(response, callback, 409, "ended", table)
                        : refused(response, callback, table, f, 409, "error.ended");
            }
            case NOT_FOUND -> {
                return json ? jsonError(response, callback, 404, "gone", table)
                        : send(response, callback, 404, HTML, Pages.message(m, m.get("error.noteGone"),
                                m.get("error.noteGone"), Links.path(token)));
            }
            default -> {
                return notFound(response, callback);
            }
        }
    }

    // ---- server-sent events ----

    private boolean stream(Response response, Callback callback, String table) {
        Optional<TableView> v = view(table);
        if (v.isEmpty()) {
            return notFound(response, callback);
        }
        long mine = streams.keySet().stream().filter(s -> s.table.equals(table)).count();
        if (mine >= limits.maxStreamsPerTable()) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, 30);
            return plain(response, callback, 503);
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put("X-Accel-Buffering", "no");
        String first = StateJson.of(v.get(), Pages.messages(v.get().language()));
        // The stream is born writing its first event: a push that finds it meanwhile only leaves
        // its state to follow (two writes at once are not allowed).
        Stream s = new Stream(table, v.get().token(), response, callback, first);
        streams.put(s, Boolean.TRUE);
        s.write("retry: 3000\n\ndata: " + first + "\n\n");
        return true;
    }

    /**
     * At most one push every {@link #PUSH_INTERVAL_NANOS}: changes that come meanwhile go out
     * together, so a burst of notes costs the laptop one round of updates, not one per note.
     */
    private static final long PUSH_INTERVAL_NANOS = 250_000_000L;
    private volatile long lastPush;

    private void schedulePush() {
        if (pushQueued.compareAndSet(false, true)) {
            long wait = Math.max(0, lastPush + PUSH_INTERVAL_NANOS - System.nanoTime());
            try {
                pushThread.schedule(this::push, wait, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                pushQueued.set(false);
            }
        }
    }

    /** Sends each stream its table's state if it changed; ends streams whose table left the room. */
    private void push() {
        lastPush = System.nanoTime();
        pushQueued.set(false);
        if (streams.isEmpty()) {
            return;
        }
        Session s = model.session();
        Running r = model.running();
        long now = nanoClock.getAsLong();
        Map<String, Optional<TableView>> views = new HashMap<>();
        Map<String, String> states = new HashMap<>();
        for (Stream st : List.copyOf(streams.keySet())) {
            Optional<TableView> v = views.computeIfAbsent(st.table, t -> TableView.of(s, t, r, now));
            String json = v.isEmpty() || !v.get().token().equals(st.token) ? ""
                    : states.computeIfAbsent(st.table, t -> StateJson.of(v.get(), Pages.messages(v.get().language())));
            if (json.isEmpty()) {
                st.end();
            } else {
                st.offer(json);
            }
        }
    }

    private void heartbeat() {
        for (Stream s : List.copyOf(streams.keySet())) {
            s.ping();
        }
    }

    /** One live stream: at most one write at a time; states that come meanwhile replace each other. */
    private final class Stream {
        final String table;
        /** The token the stream was opened with: a renewed link ends it. */
        final String token;
        private final Response response;
        private final Callback done;
        private boolean writing;
        private boolean ended;
        private String last;
        private String pending;

        Stream(String table, String token, Response response, Callback done, String first) {
            this.table = table;
            this.token = token;
            this.response = response;
            this.done = done;
            this.writing = true;
            this.last = first;
        }

        void offer(String json) {
            synchronized (this) {
                if (ended || json.equals(last)) {
                    return;
                }
                last = json;
                if (writing) {
                    pending = json;
                    return;
                }
                writing = true;
            }
            write("data: " + json + "\n\n");
        }

        void ping() {
            synchronized (this) {
                if (ended || writing) {
                    return;
                }
                writing = true;
            }
            write(": \n\n");
        }

        private void write(String text) {
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)),
                    Callback.from(this::written, this::failed));
        }

        private void written() {
            String next;
            boolean finish;
            synchronized (this) {
                next = pending;
                pending = null;
                finish = ended;
                if (next == null || finish) {
                    writing = false;
                }
            }
            if (finish) {
                finish();
            } else if (next != null) {
                write("data: " + next + "\n\n");
            }
        }

        private void failed(Throwable x) {
            synchronized (this) {
                ended = true;
                writing = false;
            }
            streams.remove(this);
            done.failed(x);
        }

        /** Ends the stream (the table left the room, or the server stops). */
        void end() {
            boolean now;
            synchronized (this) {
                if (ended) {
                    return;
                }
                ended = true;
                now = !writing;
                if (now) {
                    writing = true;
                }
            }
            if (now) {
                finish();
            }
        }

        private void finish() {
            streams.remove(this);
            response.write(true, ByteBuffer.allocate(0), done);
        }
    }
}
