package dk.vaerksted.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
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
 * @param stepId the step it belongs to, or null
 * @param at     ISO 8601 date-time with offset, kept exactly as written, or null
 */
public record Note(String stepId, String text, String at, Extras extras) {
    /** The file field naming the table that wrote the note on its page. */
    public static final String TABLE = "table";
    /** The file field holding the id the table's page made for the note. */
    public static final String CLIENT_ID = "clientId";

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

    private String textExtra(String field) {
        JsonNode n = extras.fields().get(field);
        return n != null && n.isTextual() ? n.textValue() : null;
    }
}
