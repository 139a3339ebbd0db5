package dk.vaerksted.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The harvest board as the session file keeps it (the field {@code board}, docs/session-format.md):
 * the tags a note can carry (the Aarhuskompasset's Lytte · Løse · Lære · Lede unless the session
 * defines its own), the themes notes are grouped under (a name, whether the theme is a key point,
 * the exercise it was made for) and the tables' votes on themes.
 *
 * <p>Like the room's state it travels in the session's {@link Extras}, so every copy of a session
 * that keeps its extras keeps it; a note's own board fields (id, theme, tags, key point) travel in
 * the note's extras ({@link Note#board()}).
 *
 * @param tags   the session's own tags, or null for the default four
 * @param themes in the order the facilitator made or arranged them
 * @param votes  the vote on themes, or null when there never was one
 */
public record Board(List<Tag> tags, List<Theme> themes, Votes votes) {
    /** The session field. */
    public static final String FIELD = "board";
    /** The most dots a table may have. */
    public static final int MAX_DOTS = 20;

    /** A tag: {@code id} is what notes carry, {@code name} what people read. */
    public record Tag(String id, String name) {}

    /**
     * A theme.
     *
     * @param key        the theme is a key point ("hovedpointe")
     * @param exerciseId the exercise the theme was made for, or null for the whole session
     */
    public record Theme(String id, String name, boolean key, String exerciseId) {
        public Theme withName(String value) {
            return new Theme(id, value, key, exerciseId);
        }

        public Theme withKey(boolean value) {
            return new Theme(id, name, value, exerciseId);
        }
    }

    /**
     * The tables' vote on themes.
     *
     * @param dots     how many dots each table may spend
     * @param open     whether the tables may vote now
     * @param revealed whether the results are shown (they are hidden until then)
     * @param themes   the themes on the ballot, in order
     * @param tables   per table (a group id) the dots it gave each theme
     */
    public record Votes(int dots, boolean open, boolean revealed, List<String> themes,
            Map<String, Map<String, Integer>> tables) {
        public Votes {
            themes = List.copyOf(themes);
            Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
            tables.forEach((t, m) -> copy.put(t, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
            tables = Collections.unmodifiableMap(copy);
        }

        /** The dots a table has spent. */
        public int used(String tableId) {
            return tables.getOrDefault(tableId, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The dots a table gave a theme. */
        public int given(String tableId, String themeId) {
            return tables.getOrDefault(tableId, Map.of()).getOrDefault(themeId, 0);
        }

        /** Every theme on the ballot with its dots, in ballot order. */
        public Map<String, Integer> totals() {
            Map<String, Integer> out = new LinkedHashMap<>();
            themes.forEach(t -> out.put(t, 0));
            tables.values().forEach(m -> m.forEach((t, n) -> out.computeIfPresent(t, (k, v) -> v + n)));
            return out;
        }

        /** How many tables have given at least one dot. */
        public int tablesVoted() {
            return (int) tables.values().stream().filter(m -> m.values().stream().anyMatch(n -> n > 0)).count();
        }

        /** The same vote with a table's dots on one theme set (0 removes them). */
        public Votes withGiven(String tableId, String themeId, int count) {
            Map<String, Map<String, Integer>> t = new LinkedHashMap<>(tables);
            Map<String, Integer> mine = new LinkedHashMap<>(t.getOrDefault(tableId, Map.of()));
            if (count <= 0) {
                mine.remove(themeId);
            } else {
                mine.put(themeId, count);
            }
            if (mine.isEmpty()) {
                t.remove(tableId);
            } else {
                t.put(tableId, mine);
            }
            return new Votes(dots, open, revealed, themes, t);
        }

        public Votes withState(boolean isOpen, boolean isRevealed) {
            return new Votes(dots, isOpen, isRevealed, themes, tables);
        }
    }

    /** The Aarhuskompasset's four (seed 002: "Lytte, løse, lære og lede"). */
    public static final List<Tag> DEFAULT_TAGS = List.of(new Tag("lytte", "Lytte"), new Tag("loese", "Løse"),
            new Tag("laere", "Lære"), new Tag("lede", "Lede"));

    /** A board with nothing on it. */
    public static final Board EMPTY = new Board(null, List.of(), null);

    public Board {
        tags = tags == null ? null : List.copyOf(tags);
        themes = List.copyOf(themes);
    }

    /** The tags notes may carry: the session's own, or the default four. */
    public List<Tag> tagsInUse() {
        return tags == null ? DEFAULT_TAGS : tags;
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Tag> tag(String id) {
        return tagsInUse().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Board withThemes(List<Theme> value) {
        return new Board(tags, value, votes);
    }

    public Board withVotes(Votes value) {
        return new Board(tags, themes, value);
    }

    public Board withTags(List<Tag> value) {
        return new Board(value, themes, votes);
    }

    /** The board of a session (a file read by {@link DocumentReader} has a valid one), or {@link #EMPTY}. */
    public static Board of(Session s) {
        JsonNode n = s.extras().fields().get(FIELD);
        if (!(n instanceof ObjectNode o)) {
            return EMPTY;
        }
        List<Tag> tags = null;
        if (o.get("tags") instanceof ArrayNode a) {
            tags = new ArrayList<>();
            for (JsonNode t : a) {
                if (t.path("id").isTextual() && t.path("name").isTextual()) {
                    tags.add(new Tag(t.get("id").textValue(), t.get("name").textValue()));
                }
            }
        }
        List<Theme> themes = new ArrayList<>();
        if (o.get("themes") instanceof ArrayNode a) {
            for (JsonNode t : a) {
                if (t.path("id").isTextual()) {
                    themes.add(new Theme(t.get("id").textValue(), t.path("name").asText(""),
                            t.path("key").asBoolean(false),
                            t.path("exerciseId").isTextual() ? t.get("exerciseId").textValue() : null));
                }
            }
        }
        Votes votes = null;
        if (o.get("votes") instanceof ObjectNode v) {
            List<String> ballot = new ArrayList<>();
            v.path("themes").forEach(t -> {
                if (t.isTextual()) {
                    ballot.add(t.textValue());
                }
            });
            Map<String, Map<String, Integer>> tables = new LinkedHashMap<>();
            if (v.get("tables") instanceof ObjectNode to) {
                to.properties().forEach(e -> {
                    Map<String, Integer> given = new LinkedHashMap<>();
                    e.getValue().properties().forEach(g -> given.put(g.getKey(), g.getValue().asInt(0)));
                    tables.put(e.getKey(), given);
                });
            }
            votes = new Votes(v.path("dots").asInt(3), v.path("open").asBoolean(false),
                    v.path("revealed").asBoolean(false), ballot, tables);
        }
        return new Board(tags, themes, votes);
    }

    /** Whether there is anything to keep: a board without tags, themes or votes is not written. */
    public boolean isEmpty() {
        return tags == null && themes.isEmpty() && votes == null;
    }

    /** The file form. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        if (tags != null) {
            ArrayNode a = o.putArray("tags");
            tags.forEach(t -> a.addObject().put("id", t.id()).put("name", t.name()));
        }
        if (!themes.isEmpty()) {
            ArrayNode a = o.putArray("themes");
            for (Theme t : themes) {
                ObjectNode to = a.addObject().put("id", t.id()).put("name", t.name());
                if (t.key()) {
                    to.put("key", true);
                }
                if (t.exerciseId() != null) {
                    to.put("exerciseId", t.exerciseId());
                }
            }
        }
        if (votes != null) {
            ObjectNode v = o.putObject("votes");
            v.put("dots", votes.dots());
            v.put("open", votes.open());
            v.put("revealed", votes.revealed());
            ArrayNode ballot = v.putArray("themes");
            votes.themes().forEach(ballot::add);
            ObjectNode tables = v.putObject("tables");
            votes.tables().forEach((t, m) -> {
                ObjectNode given = tables.putObject(t);
                m.forEach(given::put);
            });
        }
        return o;
    }

    // ---- reading --------------------------------------------------------------------------

    /** A note's board fields as read, with where they are, checked against the board afterwards. */
    record NoteRef(String path, String id, String theme, List<String> tags) {}

    /**
     * Checks the types of a note's board fields ({@code id} and {@code theme} non-blank strings,
     * {@code tags} a list of them, {@code key} true or false) and keeps them for {@link #check}.
     */
    static void readNote(Decoder d, ObjectNode o, String path, List<NoteRef> refs) {
        String id = d.text(o, path, Note.ID, false);
        String theme = d.text(o, path, Note.THEME, false);
        for (String field : List.of(Note.ID, Note.THEME)) {
            String value = field.equals(Note.ID) ? id : theme;
            if (value != null && value.isBlank()) {
                d.problem(Decoder.at(path, field), "field.blank", field);
            }
        }
        List<String> tags = d.texts(o, path, Note.TAGS);
        JsonNode key = o.get(Note.KEY);
        if (key != null && !key.isNull() && !key.isBoolean()) {
            d.problem(Decoder.at(path, Note.KEY), "field.notBoolean", Note.KEY);
        }
        if (id != null || theme != null || !tags.isEmpty()) {
            refs.add(new NoteRef(path, id, theme, tags));
        }
    }

    /**
     * Checks the {@code board} field of a session document and the notes' board fields against it,
     * each broken rule at its place: tags and themes with unique non-blank ids (tags with names);
     * a theme's {@code exerciseId} naming an exercise; {@code votes} with 1–{@value #MAX_DOTS} dots,
     * a ballot of themes, and per table of the file no more dots than it has; note ids unique in
     * the file; a note's theme and tags naming the board's.
     */
    static void check(Decoder d, ObjectNode root, List<Exercise> exercises, List<NoteRef> notes) {
        JsonNode n = root.get(FIELD);
        Set<String> tagIds = new HashSet<>();
        Set<String> themeIds = new HashSet<>();
        boolean ownTags = false;
        if (n != null && !n.isNull()) {
            ObjectNode o = d.object(n, FIELD);
            if (o != null) {
                ownTags = o.get("tags") != null && !o.get("tags").isNull();
                List<String> tags = ids(d, o, "tags", true);
                tagIds.addAll(tags);
                List<String> themes = ids(d, o, "themes", false);
                themeIds.addAll(themes);
                Set<String> exerciseIds = new HashSet<>();
                Set<String> tableIds = new HashSet<>();
                for (Exercise e : exercises) {
                    exerciseIds.add(e.id());
                    e.groups().forEach(g -> tableIds.add(g.id()));
                }
                checkThemes(d, o, exerciseIds);
                checkVotes(d, o, themeIds, tableIds);
            }
        }
        if (!ownTags) {
            DEFAULT_TAGS.forEach(t -> tagIds.add(t.id()));
        }
        Set<String> noteIds = new HashSet<>();
        for (NoteRef r : notes) {
            if (r.id() != null && !r.id().isBlank() && !noteIds.add(r.id())) {
                d.problem(Decoder.at(r.path(), Note.ID), "field.duplicateId", r.id());
            }
            if (r.theme() != null && !r.theme().isBlank() && !themeIds.contains(r.theme())) {
                d.problem(Decoder.at(r.path(), Note.THEME), "field.unknownTheme", r.theme());
            }
            for (int i = 0; i < r.tags().size(); i++) {
                if (!tagIds.contains(r.tags().get(i))) {
                    d.problem(Decoder.at(Decoder.at(r.path(), Note.TAGS), i), "field.unknownTag", r.tags().get(i));
                }
            }
        }
    }

    /** The ids of a list of objects with required {@code id} (and {@code name} when asked), unique. */
    private static List<String> ids(Decoder d, ObjectNode o, String field, boolean nameRequired) {
        String path = Decoder.at(FIELD, field);
        List<String> ids = d.list(o, FIELD, field, (node, p) -> {
            ObjectNode x = d.object(node, p);
            if (x == null) {
                return null;
            }
            String name = d.text(x, p, "name", nameRequired);
            if (!nameRequired && name == null) {
                d.problem(Decoder.at(p, "name"), "field.required", "name");
            }
            return d.text(x, p, "id", true);
        });
        d.unique(ids, path, "id");
        return ids;
    }

    private static void checkThemes(Decoder d, ObjectNode o, Set<String> exerciseIds) {
        if (!(o.get("themes") instanceof ArrayNode a)) {
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof ObjectNode t)) {
                continue;
            }
            String p = Decoder.at(Decoder.at(FIELD, "themes"), i);
            JsonNode key = t.get("key");
            if (key != null && !key.isNull() && !key.isBoolean()) {
                d.problem(Decoder.at(p, "key"), "field.notBoolean", "key");
            }
            String exercise = d.text(t, p, "exerciseId", false);
            if (exercise != null && !exerciseIds.contains(exercise)) {
                d.problem(Decoder.at(p, "exerciseId"), "field.unknownExercise", exercise);
            }
        }
    }

    private static void checkVotes(Decoder d, ObjectNode o, Set<String> themeIds, Set<String> tableIds) {
        JsonNode n = o.get("votes");
        if (n == null || n.isNull()) {
            return;
        }
        String path = Decoder.at(FIELD, "votes");
        ObjectNode v = d.object(n, path);
        if (v == null) {
            return;
        }
        JsonNode dotsNode = v.get("dots");
        int dots = MAX_DOTS;
        if (dotsNode == null || dotsNode.isNull()) {
            d.problem(Decoder.at(path, "dots"), "field.required", "dots");
        } else if (!dotsNode.isIntegralNumber() || !dotsNode.canConvertToInt() || dotsNode.intValue() < 1
                || dotsNode.intValue() > MAX_DOTS) {
            d.problem(Decoder.at(path, "dots"), "field.dots", dotsNode.toString(), MAX_DOTS);
        } else {
            dots = dotsNode.intValue();
        }
        for (String field : List.of("open", "revealed")) {
            JsonNode b = v.get(field);
            if (b != null && !b.isNull() && !b.isBoolean()) {
                d.problem(Decoder.at(path, field), "field.notBoolean", field);
            }
        }
        List<String> ballot = d.texts(v, path, "themes");
        for (int i = 0; i < ballot.size(); i++) {
            if (!themeIds.contains(ballot.get(i))) {
                d.problem(Decoder.at(Decoder.at(path, "themes"), i), "field.unknownTheme", ballot.get(i));
            }
        }
        JsonNode tables = v.get("tables");
        if (tables == null || tables.isNull()) {
            return;
        }
        ObjectNode to = d.object(tables, Decoder.at(path, "tables"));
        if (to == null) {
            return;
        }
        final int budget = dots;
        to.properties().forEach(e -> {
            String p = Decoder.at(Decoder.at(path, "tables"), e.getKey());
            if (!tableIds.contains(e.getKey())) {
                d.problem(p, "field.unknownTable", e.getKey());
            }
            ObjectNode given = d.object(e.getValue(), p);
            if (given == null) {
                return;
            }
            int sum = 0;
            for (Map.Entry<String, JsonNode> g : given.properties()) {
                String gp = Decoder.at(p, g.getKey());
                if (!ballot.contains(g.getKey())) {
                    d.problem(gp, "field.unknownTheme", g.getKey());
                }
                JsonNode c = g.getValue();
                if (!c.isIntegralNumber() || !c.canConvertToInt() || c.intValue() < 0) {
                    d.problem(gp, "field.dotCount", c.toString());
                } else {
                    sum += c.intValue();
                }
            }
            if (sum > budget) {
                d.problem(p, "field.tooManyDots", e.getKey(), sum, budget);
            }
        });
    }
}
