package dk.vaerksted.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The room's state as the session file keeps it (the field {@code room}, docs/session-format.md):
 * whether the tables' pages are open, for which exercise, which exercises are closed for the
 * tables' edits, whether the harvest is open to them, the address and port last used, and each
 * table's secret token. Kept in the file so the room survives a crash and a restart until it is
 * closed; closing removes the tokens.
 *
 * <p>Like a note's origin it travels in the session's {@link Extras}, so every copy of a session
 * that keeps its extras keeps the room.
 *
 * @param exerciseId the exercise the tables write to, or null for the first one
 * @param closed     exercises whose table notes can no longer be added, corrected or deleted
 * @param harvest    whether the tables may answer the harvest prompts
 * @param address    the address the room was last bound to, or null
 * @param port       the port it was last bound to, or null
 * @param tokens     the secret of each table's link, by the table's (group's) id
 */
public record RoomState(boolean open, String exerciseId, Set<String> closed, boolean harvest, String address,
        Integer port, Map<String, String> tokens) {
    /** The session field. */
    public static final String FIELD = "room";
    /** What a token looks like: at least 128 bits in base64url. */
    public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,128}");

    public RoomState {
        closed = Collections.unmodifiableSet(new LinkedHashSet<>(closed));
        tokens = Collections.unmodifiableMap(new LinkedHashMap<>(tokens));
    }

    /** A room that is not open and has no tokens yet. */
    public static RoomState empty() {
        return new RoomState(false, null, Set.of(), false, null, null, Map.of());
    }

    /** The room of a session, if it has one (a file read by {@link DocumentReader} has a valid one). */
    public static Optional<RoomState> of(Session s) {
        JsonNode n = s.extras().fields().get(FIELD);
        if (!(n instanceof ObjectNode o)) {
            return Optional.empty();
        }
        JsonNode open = o.get("open");
        JsonNode harvest = o.get("harvest");
        JsonNode port = o.get("port");
        Set<String> closed = new LinkedHashSet<>();
        JsonNode c = o.get("closed");
        if (c != null && c.isArray()) {
            c.forEach(x -> {
                if (x.isTextual()) {
                    closed.add(x.textValue());
                }
            });
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        JsonNode t = o.get("tables");
        if (t instanceof ObjectNode to) {
            to.properties().forEach(e -> {
                if (e.getValue().isTextual()) {
                    tokens.put(e.getKey(), e.getValue().textValue());
                }
            });
        }
        return Optional.of(new RoomState(open != null && open.asBoolean(false), text(o, "exerciseId"), closed,
                harvest != null && harvest.asBoolean(false), text(o, "address"),
                port != null && port.canConvertToInt() ? port.intValue() : null, tokens));
    }

    private static String text(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n != null && n.isTextual() ? n.textValue() : null;
    }

    /** The exercise the tables write to: the named one, or the session's first; empty without exercises. */
    public Optional<Exercise> exercise(Session s) {
        if (exerciseId != null) {
            Optional<Exercise> e = SessionEdits.exercise(s, exerciseId);
            if (e.isPresent()) {
                return e;
            }
        }
        return s.exercises().stream().findFirst();
    }

    public boolean isClosed(String exercise) {
        return closed.contains(exercise);
    }

    public RoomState withOpen(boolean value) {
        return new RoomState(value, exerciseId, closed, harvest, address, port, tokens);
    }

    public RoomState withExercise(String id) {
        return new RoomState(open, id, closed, harvest, address, port, tokens);
    }

    public RoomState withClosed(String exercise, boolean value) {
        Set<String> c = new LinkedHashSet<>(closed);
        if (value) {
            c.add(exercise);
        } else {
            c.remove(exercise);
        }
        return new RoomState(open, exerciseId, c, harvest, address, port, tokens);
    }

    public RoomState withHarvest(boolean value) {
        return new RoomState(open, exerciseId, closed, value, address, port, tokens);
    }

    public RoomState withEndpoint(String newAddress, Integer newPort) {
        return new RoomState(open, exerciseId, closed, harvest, newAddress, newPort, tokens);
    }

    public RoomState withTokens(Map<String, String> newTokens) {
        return new RoomState(open, exerciseId, closed, harvest, address, port, newTokens);
    }

    /** The file form of this state. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("open", open);
        if (exerciseId != null) {
            o.put("exerciseId", exerciseId);
        }
        if (!closed.isEmpty()) {
            ArrayNode a = o.putArray("closed");
            closed.forEach(a::add);
        }
        if (harvest) {
            o.put("harvest", true);
        }
        if (address != null) {
            o.put("address", address);
        }
        if (port != null) {
            o.put("port", port);
        }
        ObjectNode t = o.putObject("tables");
        tokens.forEach(t::put);
        return o;
    }

    /**
     * Checks the {@code room} field of a session document, reporting each broken rule at its place:
     * an object; {@code open} and {@code harvest} true or false; {@code exerciseId} and
     * {@code closed} naming exercises; {@code port} 1–65535; {@code tables} naming tables with
     * tokens of at least 128 bits.
     */
    static void check(Decoder d, ObjectNode root, List<Exercise> exercises) {
        JsonNode n = root.get(FIELD);
        if (n == null || n.isNull()) {
            return;
        }
        ObjectNode o = d.object(n, FIELD);
        if (o == null) {
            return;
        }
        Set<String> exerciseIds = new java.util.HashSet<>();
        Set<String> tableIds = new java.util.HashSet<>();
        for (Exercise e : exercises) {
            exerciseIds.add(e.id());
            e.groups().forEach(g -> tableIds.add(g.id()));
        }
        for (String field : List.of("open", "harvest")) {
            JsonNode b = o.get(field);
            if (b != null && !b.isNull() && !b.isBoolean()) {
                d.problem(Decoder.at(FIELD, field), "field.notBoolean", field);
            }
        }
        String exercise = d.text(o, FIELD, "exerciseId", false);
        if (exercise != null && !exerciseIds.contains(exercise)) {
            d.problem(Decoder.at(FIELD, "exerciseId"), "field.unknownExercise", exercise);
        }
        List<String> closed = d.texts(o, FIELD, "closed");
        for (int i = 0; i < closed.size(); i++) {
            if (!exerciseIds.contains(closed.get(i))) {
                d.problem(Decoder.at(Decoder.at(FIELD, "closed"), i), "field.unknownExercise", closed.get(i));
            }
        }
        d.text(o, FIELD, "address", false);
        JsonNode port = o.get("port");
        if (port != null && !port.isNull() && !(port.isIntegralNumber() && port.canConvertToInt()
                && port.intValue() >= 1 && port.intValue() <= 65535)) {
            d.problem(Decoder.at(FIELD, "port"), "field.port", port.toString());
        }
        JsonNode tables = o.get("tables");
        if (tables != null && !tables.isNull()) {
            ObjectNode to = d.object(tables, Decoder.at(FIELD, "tables"));
            if (to != null) {
                to.properties().forEach(e -> {
                    String p = Decoder.at(Decoder.at(FIELD, "tables"), e.getKey());
                    if (!tableIds.contains(e.getKey())) {
                        d.problem(p, "field.unknownTable", e.getKey());
                    }
                    if (!e.getValue().isTextual() || !TOKEN.matcher(e.getValue().textValue()).matches()) {
                        d.problem(p, "field.token", e.getKey());
                    }
                });
            }
        }
    }
}
