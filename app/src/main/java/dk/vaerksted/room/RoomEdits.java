package dk.vaerksted.room;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.RoomState;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The facilitator's changes to the room, as pure functions of the session: open it (tokens for
 * every table that has none), switch the exercise the tables write to, close an exercise for the
 * tables' edits, open the harvest to them, renew one table's link, close the room (every token
 * gone).
 */
public final class RoomEdits {
    private RoomEdits() {}

    private static RoomState state(Session s) {
        return RoomState.of(s).orElse(RoomState.empty());
    }

    /**
     * The room ready for its links to be given out (printed, shown) but not necessarily open:
     * every table of the exercise has a token (those it had are kept), the exercise is the one the
     * tables write to ({@code exerciseId}, or the one it was, or the first).
     */
    public static Function<Session, RoomModel.Change<RoomState>> prepare(String exerciseId, Supplier<String> newToken) {
        return s -> {
            RoomState r = state(s);
            String id = exerciseId != null ? exerciseId : r.exerciseId();
            Exercise e = id == null ? null : SessionEdits.exercise(s, id).orElse(null);
            if (e == null) {
                if (s.exercises().isEmpty()) {
                    throw new IllegalArgumentException("the session has no exercise");
                }
                if (id != null && exerciseId != null) {
                    throw new IllegalArgumentException("no exercise with the id " + id);
                }
                e = s.exercises().get(0);
            }
            if (e.groups().isEmpty()) {
                throw new IllegalArgumentException("the exercise " + e.id() + " has no tables");
            }
            Map<String, String> tokens = new LinkedHashMap<>(r.tokens());
            for (Group g : e.groups()) {
                tokens.computeIfAbsent(g.id(), k -> newToken.get());
            }
            RoomState next = r.withExercise(e.id()).withTokens(tokens);
            return change(s, r, next);
        };
    }

    /** Opens the room at {@code address}:{@code port} (prepared first: see {@link #prepare}). */
    public static Function<Session, RoomModel.Change<RoomState>> open(String exerciseId, String address, int port,
            Supplier<String> newToken) {
        return prepare(exerciseId, newToken).andThen(c -> {
            RoomState next = c.result().withOpen(true).withEndpoint(address, port);
            return change(c.session(), c.result(), next);
        });
    }

    /** The tables now write to {@code exerciseId}; tables new in it get a token. */
    public static Function<Session, RoomModel.Change<RoomState>> switchExercise(String exerciseId,
            Supplier<String> newToken) {
        return prepare(exerciseId, newToken);
    }

    /** Closes (or reopens) an exercise for the tables' notes: no adding, correcting or deleting. */
    public static Function<Session, RoomModel.Change<RoomState>> closeExercise(String exerciseId, boolean closed) {
        return s -> {
            RoomState r = state(s);
            return change(s, r, r.withClosed(exerciseId, closed));
        };
    }

    /** Opens (or closes) the harvest prompts to the tables. */
    public static Function<Session, RoomModel.Change<RoomState>> harvest(boolean open) {
        return s -> {
            RoomState r = state(s);
            return change(s, r, r.withHarvest(open));
        };
    }

    /** A new token for one table: its old link stops working at once. */
    public static Function<Session, RoomModel.Change<RoomState>> renew(String tableId, Supplier<String> newToken) {
        return s -> {
            RoomState r = state(s);
            if (!r.tokens().containsKey(tableId)) {
                throw new IllegalArgumentException("no link for the table " + tableId);
            }
            Map<String, String> tokens = new LinkedHashMap<>(r.tokens());
            tokens.put(tableId, newToken.get());
            return change(s, r, r.withTokens(tokens));
        };
    }

    /**
     * Closes the room for good: not open, every token gone (the links and printed cards die), the
     * harvest and the closed exercises forgotten; the address and port are kept so the next room
     * uses them again.
     */
    public static Function<Session, RoomModel.Change<RoomState>> close() {
        return close(false);
    }

    /**
     * Closes the room; with {@code keepLinks} the tables' tokens, exercise and locks stay in the
     * session, so that the same links and printed table cards work again when it is reopened
     * (nothing listens meanwhile); without, as {@link #close()}.
     */
    public static Function<Session, RoomModel.Change<RoomState>> close(boolean keepLinks) {
        return s -> {
            RoomState r = RoomState.of(s).orElse(null);
            if (r == null) {
                return new RoomModel.Change<>(s, null);
            }
            RoomState next = keepLinks
                    ? new RoomState(false, r.exerciseId(), r.closed(), false, r.address(), r.port(), r.tokens())
                    : new RoomState(false, null, java.util.Set.of(), false, r.address(), r.port(), Map.of());
            return change(s, r, next);
        };
    }

    /** Leaves the session untouched (same instance) when the state does not change. */
    private static RoomModel.Change<RoomState> change(Session s, RoomState before, RoomState after) {
        if (after.equals(before) && RoomState.of(s).isPresent()) {
            return new RoomModel.Change<>(s, after);
        }
        return new RoomModel.Change<>(SessionEdits.withRoom(s, after), after);
    }
}
