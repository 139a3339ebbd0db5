package dk.vaerksted.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A note taken at a table or in the harvest.
 *
 * <p>A note a table wrote on its own page (the room, {@code dk.vaerksted.room}) also says so: its
 * {@code table} field names the table (the group's id) and {@code clientId} is the id the page
 * made for it, so a retry never adds it twice and the table can correct or delete it. Both travel
 * in {@link #extras()} (see {@link #table()}), so every copy of a note that keeps its extras keeps
 * where it came from.
 *
 * <p>The harvest board (issue 16) adds four fields the same way: {@code id} (a name for the note,
 * written the first time the board touches it), {@code theme} (the theme it is grouped under),
 * {@code tags} and {@code key} (a key point). See {@link #board()}.
 *
 * @param stepId the step it belongs to, or null
 * @param at     ISO 8601 date-time with offset, kept exactly as written, or null
 */
public record Note(String stepId, String text, String at, Extras extras) {
    /** The file field naming the table that wrote the note on its page. */
    public static final String TABLE = "table";
    /** The file field holding the id the table's page made for the note. */
    public static final String CLIENT_ID = "clientId";

    /** The file field naming the note (unique in the file), written the first time the board needs it. */
    public static final String ID = "id";
    /** The file field naming the theme ({@code board.themes[].id}) the note is grouped under. */
    public static final String THEME = "theme";
    /** The file field listing the note's tags ({@code board.tags[].id}). */
    public static final String TAGS = "tags";
    /** The file field marking the note as a key point ("hovedpointe"). */
    public static final String KEY = "key";

    /** What the board keeps of a note: its id, theme, tags and whether it is a key point. */
    public record BoardFields(String id, String theme, List<String> tags, boolean key) {
        public static final BoardFields NONE = new BoardFields(null, null, List.of(), false);

        public BoardFields {
            tags = List.copyOf(tags);
        }

        public BoardFields withId(String value) {
            return new BoardFields(value, theme, tags, key);
        }

        public BoardFields withTheme(String value) {
            return new BoardFields(id, value, tags, key);
        }

        public BoardFields withTags(List<String> value) {
            return new BoardFields(id, theme, value, key);
        }

        public BoardFields withKey(boolean value) {
            return new BoardFields(id, theme, tags, value);
        }
    }

    /** A note written on a table's page. */
    public static Note fromTable(String stepId, String text, String at, String tableId, String clientId) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put(TABLE, JsonNodeFactory.instance.textNode(tableId));
        fields.put(CLIENT_ID, JsonNodeFactory.instance.textNode(clientId));
        return new Note(stepId, text, at, Extras.of(fields));
    }

    /** The id of the table whose page wrote this note, or null for a note typed by the facilitator. */
    public String table() {
        return textExtra(TABLE);
    }

    /** The id the table's page made for this note, or null. */
    public String clientId() {
        return textExtra(CLIENT_ID);
    }

    /** The same note with another text: step, time and origin kept. */
    public Note withText(String newText) {
        return new Note(stepId, newText, at, extras);
    }

    /** The note's id, or null when the board never needed one. */
    public String id() {
        return textExtra(ID);
    }

    /** The theme the note is grouped under, or null. */
    public String theme() {
        return textExtra(THEME);
    }

    /** The note's tags (ids), in the order they were given. */
    public List<String> tags() {
        JsonNode n = extras.fields().get(TAGS);
        if (n == null || !n.isArray() || n.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(n.size());
        n.forEach(t -> {
            if (t.isTextual()) {
                out.add(t.textValue());
            }
        });
        return List.copyOf(out);
    }

    /** Whether the note is a key point. */
    public boolean keyPoint() {
        JsonNode n = extras.fields().get(KEY);
        return n != null && n.isBoolean() && n.booleanValue();
    }

    /** The board's fields of this note. */
    public BoardFields board() {
        return new BoardFields(id(), theme(), tags(), keyPoint());
    }

    /**
     * The same note with the board's fields set (an absent one removed): text, step, time, origin
     * and every other field kept, the board's fields after them in a fixed order.
     */
    public Note withBoard(BoardFields b) {
        Map<String, JsonNode> fields = new LinkedHashMap<>(extras.fields());
        fields.keySet().removeAll(List.of(ID, THEME, TAGS, KEY));
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (b.id() != null) {
            fields.put(ID, f.textNode(b.id()));
        }
        if (b.theme() != null) {
            fields.put(THEME, f.textNode(b.theme()));
        }
        if (!b.tags().isEmpty()) {
            ArrayNode a = f.arrayNode();
            b.tags().forEach(a::add);
            fields.put(TAGS, a);
        }
        if (b.key()) {
            fields.put(KEY, f.booleanNode(true));
        }
        return new Note(stepId, text, at, Extras.of(fields));
    }

    private String textExtra(String field) {
        JsonNode n = extras.fields().get(field);
        return n != null && n.isTextual() ? n.textValue() : null;
    }
}
