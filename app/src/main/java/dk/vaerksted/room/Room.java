package dk.vaerksted.room;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.RoomState;
import dk.vaerksted.core.session.Session;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An open room: the server on one address and the room's state in the session. Opening starts
 * the server first (a port that is taken changes nothing), then opens the room in the session:
 * each table gets a token if it has none, so links printed or shown before still work.
 * {@link #close()} ends it (the links die); {@link #stop()} only stops serving and leaves the
 * room open in the file, so the same links work when it is opened again (after a restart).
 */
public final class Room implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Room.class.getName());

    /** A table and its link. */
    public record TableLink(String tableId, String name, String link) {}

    /**
     * How to open a room.
     *
     * @param exerciseId the exercise the tables write to; null: the one the room had, or the first
     * @param address    where to listen; null: the address the room had if this machine still has
     *                   it, otherwise the likeliest of {@link Addresses#list()}
     * @param port       null or 0: the port the room had if it is free, otherwise any free port
     */
    public record Options(String exerciseId, InetAddress address, Integer port, RoomServer.Limits limits,
            Clock clock, LongSupplier nanoClock) {
        public static Options defaults() {
            return new Options(null, null, null, RoomServer.Limits.defaults(), Clock.systemDefaultZone(),
                    System::nanoTime);
        }

        public Options withExercise(String id) {
            return new Options(id, address, port, limits, clock, nanoClock);
        }

        public Options withAddress(InetAddress a) {
            return new Options(exerciseId, a, port, limits, clock, nanoClock);
        }

        public Options withPort(Integer p) {
            return new Options(exerciseId, address, p, limits, clock, nanoClock);
        }

        public Options withLimits(RoomServer.Limits l) {
            return new Options(exerciseId, address, port, l, clock, nanoClock);
        }

        /** The monotonic clock of the rate limits and the countdown ({@code System::nanoTime}). */
        public Options withNanoClock(LongSupplier n) {
            return new Options(exerciseId, address, port, limits, clock, n);
        }
    }

    private final RoomModel model;
    private final RoomServer server;
    private boolean ended;

    private Room(RoomModel model, RoomServer server) {
        this.model = model;
        this.server = server;
    }

    /**
     * Starts serving {@code model}'s tables and opens the room in its session.
     *
     * @throws BindException when the port asked for is taken or the address is not this machine's
     * @throws IllegalArgumentException when the exercise does not exist or has no tables
     */
    public static Room open(RoomModel model, Options options) throws IOException, RoomModel.UnavailableException {
        Session s = model.session();
        RoomState before = RoomState.of(s).orElse(RoomState.empty());
        // Fail before binding anything when the exercise cannot be opened.
        RoomEdits.prepare(options.exerciseId(), Tokens.source()).apply(s);
        InetAddress address = options.address() != null ? options.address() : likelyAddress(before.address());
        RoomServer server;
        boolean asked = options.port() != null && options.port() != 0;
        int port = asked ? options.port() : before.port() == null ? 0 : before.port();
        try {
            server = RoomServer.start(model, address, port, options.limits(), options.clock(), options.nanoClock());
        } catch (BindException e) {
            if (asked || port == 0) {
                throw e;
            }
            LOG.log(Level.INFO, "the room's previous port " + port + " is taken; another is chosen");
            server = RoomServer.start(model, address, 0, options.limits(), options.clock(), options.nanoClock());
        }
        try {
            model.apply(RoomEdits.open(options.exerciseId(), Links.host(address).replace("[", "").replace("]", ""),
                    server.port(), Tokens.source()));
        } catch (RoomModel.UnavailableException | RuntimeException e) {
            server.close();
            throw e;
        }
        return new Room(model, server);
    }

    /** The address a room had if this machine still has it, otherwise the likeliest. */
    static InetAddress likelyAddress(String previous) throws SocketException, UnknownHostException {
        List<Addresses.Candidate> all = Addresses.list();
        if (previous != null) {
            for (Addresses.Candidate c : all) {
                if (c.address().getHostAddress().equalsIgnoreCase(previous)
                        || Links.host(c.address()).equalsIgnoreCase("[" + previous + "]")
                        || Links.host(c.address()).equalsIgnoreCase(previous)) {
                    return c.address();
                }
            }
        }
        if (all.isEmpty()) {
            return InetAddress.getLoopbackAddress();
        }
        return all.get(0).address();
    }

    public RoomServer server() {
        return server;
    }

    public RoomModel model() {
        return model;
    }

    /** The tables of the room's exercise in their order, each with its link. */
    public List<TableLink> links() {
        Session s = model.session();
        List<TableLink> out = new ArrayList<>();
        Optional<RoomState> r = RoomState.of(s);
        if (r.isEmpty()) {
            return out;
        }
        Optional<Exercise> e = r.get().exercise(s);
        if (e.isEmpty()) {
            return out;
        }
        for (Group g : e.get().groups()) {
            String token = r.get().tokens().get(g.id());
            if (token != null) {
                out.add(new TableLink(g.id(), g.displayName(), server.link(token)));
            }
        }
        return out;
    }

    /** A new link for one table; its old link stops working at once (its open pages too). */
    public TableLink renew(String tableId) throws RoomModel.UnavailableException {
        model.apply(RoomEdits.renew(tableId, Tokens.source()));
        return links().stream().filter(l -> l.tableId().equals(tableId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + tableId));
    }

    /** Stops serving and leaves the room open in the session: the same links work when it is opened again. */
    public synchronized void stop() {
        if (!ended) {
            ended = true;
            server.close();
        }
    }

    /** Ends the room: stops serving, then removes every token from the session (the links die). */
    @Override
    public synchronized void close() throws RoomModel.UnavailableException {
        close(false);
    }

    /**
     * Ends the room: stops serving and marks it closed in the session; with {@code keepLinks} the
     * same links work again when the room is reopened, without they die for good.
     */
    public synchronized void close(boolean keepLinks) throws RoomModel.UnavailableException {
        stop();
        model.apply(RoomEdits.close(keepLinks));
    }
}
