package dk.vaerksted.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields a file holds that this version does not know. They are kept as read and written back
 * unchanged, so a file made by a newer version or another tool loses nothing.
 */
public final class Extras {
    public static final Extras NONE = new Extras(Map.of());

    private final Map<String, JsonNode> fields;

    private Extras(Map<String, JsonNode> fields) {
        this.fields = fields;
    }

    public static Extras of(Map<String, JsonNode> fields) {
        if (fields.isEmpty()) {
            return NONE;
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return new Extras(Collections.unmodifiableMap(copy));
    }

    /** The unknown fields in file order; the nodes must not be modified. */
    public Map<String, JsonNode> fields() {
        return fields;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extras other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "Extras" + fields.keySet();
    }
}
