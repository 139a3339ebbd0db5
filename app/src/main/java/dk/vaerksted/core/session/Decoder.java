package dk.vaerksted.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads typed values out of a located tree, collecting a {@link Problem} for each broken rule
 * instead of stopping at the first, so a user can mend a file in one go.
 */
final class Decoder {
    static final int MAX_PROBLEMS = 200;

    private final String file;
    private final LocatedJson json;
    /** Problems found so far, located only when they are asked for (see {@link LocatedJson#locate}). */
    private final List<Problem> problems = new ArrayList<>();
    private List<Problem> located;
    /** The notes' board fields as read, checked against the board once it is read ({@link Board#check}). */
    final List<Board.NoteRef> boardNotes = new ArrayList<>();

    Decoder(String file, LocatedJson json) {
        this.file = file;
        this.json = json;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** How many problems were found so far (without locating them). */
    int problemCount() {
        return problems.size();
    }

    /** The problems found so far, each with its line and column. */
    List<Problem> problems() {
        if (located == null || located.size() != problems.size()) {
            Map<String, int[]> at = json.locate(problems.stream().map(Problem::path).toList());
            located = problems.stream()
                    .map(p -> new Problem(file, at.get(p.path())[0], at.get(p.path())[1], p.path(), p.key(), p.args()))
                    .toList();
        }
        return located;
    }

    void problem(String path, String key, Object... args) {
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        problems.add(new Problem(file, 0, 0, path, key, List.of(args)));
    }

    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    ObjectNode object(JsonNode node, String path) {
        if (node instanceof ObjectNode o) {
            return o;
        }
        problem(path, "field.notObject");
        return null;
    }

    private static JsonNode present(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n;
    }

    /** A string field; a required one must also not be blank. */
    String text(ObjectNode o, String path, String field, boolean required) {
        JsonNode n = present(o, field);
        String p = at(path, field);
        if (n == null) {
            if (required) {
                problem(p, "field.required", field);
            }
            return null;
        }
        if (!n.isTextual()) {
            problem(p, "field.notString", field);
            return null;
        }
        if (required && n.textValue().isBlank()) {
            problem(p, "field.blank", field);
        }
        return n.textValue();
    }

    Double number(ObjectNode o, String path, String field) {
        JsonNode n = present(o, field);
        if (n == null) {
            return null;
        }
        if (!n.isNumber()) {
            problem(at(path, field), "field.notNumber", field);
            return null;
        }
        return n.doubleValue();
    }

    List<String> texts(ObjectNode o, String path, String field) {
        return list(o, path, field, (node, p) -> {
            if (!node.isTextual()) {
                problem(p, "field.notStringItem", field);
                return null;
            }
            return node.textValue();
        });
    }

    /** The elements of an optional array field; elements that fail to decode are left out. */
    <T> List<T> list(ObjectNode o, String path, String field, BiFunction<JsonNode, String, T> element) {
        JsonNode n = present(o, field);
        String p = at(path, field);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            problem(p, "field.notArray", field);
            return List.of();
        }
        List<T> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            T t = element.apply(n.get(i), at(p, i));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** Checks that ids are unique within their list; reports each repeat at its place. */
    void unique(List<String> ids, String listPath, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id != null && !seen.add(id)) {
                problem(at(at(listPath, i), field), "field.duplicateId", id);
            }
        }
    }

    static Extras extras(ObjectNode o, Set<String> known) {
        Map<String, JsonNode> unknown = new LinkedHashMap<>();
        o.properties().forEach(e -> {
            if (!known.contains(e.getKey())) {
                unknown.put(e.getKey(), e.getValue());
            }
        });
        return Extras.of(unknown);
    }
}
