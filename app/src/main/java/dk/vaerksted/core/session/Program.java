package dk.vaerksted.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The day's program as the session file keeps it (the field {@code program},
 * docs/session-format.md): its items in order, each with a planned start or a number of minutes,
 * and what happened on the day. Like the room's state it travels in the session's {@link Extras},
 * so every copy of a session that keeps its extras keeps the program, and an older reader keeps it
 * as an unknown field.
 *
 * @param exampleTimes the clock times are an example (the built-in day: its source gives none), not
 *                     the facilitator's plan and never the source's
 * @param source       where the program's items come from (document and date), or null
 */
public record Program(boolean exampleTimes, String source, List<ProgramItem> items, Extras extras) {
    /** The session field. */
    public static final String FIELD = "program";
    /** The longest item: four hours, as the editors take a step. */
    public static final double MAX_MINUTES = 240;
    /** The longest turn in a report-back round. */
    public static final double MAX_TURN_MINUTES = 60;
    private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    static final Set<String> PROGRAM_FIELDS = Set.of("exampleTimes", "source", "items");
    static final Set<String> ITEM_FIELDS = Set.of("id", "kind", "title", "speaker", "exerciseId", "start", "minutes",
            "adjustMinutes", "startedAt", "endedAt", "round");

    public Program {
        items = List.copyOf(items);
    }

    /** The program of a session, if it has one (a file read by {@link DocumentReader} has a valid one). */
    public static Optional<Program> of(Session s) {
        JsonNode n = s.extras().fields().get(FIELD);
        if (!(n instanceof ObjectNode o)) {
            return Optional.empty();
        }
        List<ProgramItem> items = new ArrayList<>();
        JsonNode a = o.get("items");
        if (a != null && a.isArray()) {
            for (JsonNode i : a) {
                ProgramItem item = item(i);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        return Optional.of(new Program(o.path("exampleTimes").asBoolean(false), text(o, "source"), items,
                Decoder.extras(o, PROGRAM_FIELDS)));
    }

    /** The session with this program, or without one when {@code p} is null or has no items. */
    public static Session set(Session s, Program p) {
        Map<String, JsonNode> fields = new LinkedHashMap<>(s.extras().fields());
        if (p == null || p.items().isEmpty()) {
            fields.remove(FIELD);
        } else {
            fields.put(FIELD, p.toJson());
        }
        return new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), s.cards(), s.exercises(),
                s.harvest(), Extras.of(fields));
    }

    public Program withItems(List<ProgramItem> newItems) {
        return new Program(exampleTimes, source, newItems, extras);
    }

    public Program withItem(int index, ProgramItem item) {
        List<ProgramItem> out = new ArrayList<>(items);
        out.set(index, item);
        return withItems(out);
    }

    /** The same program with the plan's times as the facilitator's own (no longer an example). */
    public Program withOwnTimes() {
        return new Program(false, source, items, extras);
    }

    /** The same program as planned, nothing of a day kept (for a template or a new session). */
    public Program asPlanned() {
        return withItems(items.stream().map(ProgramItem::asPlanned).toList());
    }

    /** Whether any item has started: the day is under way (or over). */
    public boolean started() {
        return items.stream().anyMatch(ProgramItem::started);
    }

    private static ProgramItem item(JsonNode n) {
        if (!(n instanceof ObjectNode o)) {
            return null;
        }
        String id = text(o, "id");
        ProgramItem.Kind kind = ProgramItem.Kind.of(text(o, "kind"));
        if (id == null || kind == null) {
            return null;
        }
        return new ProgramItem(id, kind, text(o, "title"), text(o, "speaker"), text(o, "exerciseId"),
                clock(text(o, "start")), number(o, "minutes"), number(o, "adjustMinutes"), text(o, "startedAt"),
                text(o, "endedAt"), round(o.get("round")), Decoder.extras(o, ITEM_FIELDS));
    }

    private static ReportRound round(JsonNode n) {
        if (!(n instanceof ObjectNode o)) {
            return null;
        }
        List<String> order = new ArrayList<>();
        o.path("order").forEach(x -> {
            if (x.isTextual()) {
                order.add(x.textValue());
            }
        });
        List<ReportRound.Turn> turns = new ArrayList<>();
        o.path("turns").forEach(t -> {
            if (t instanceof ObjectNode to && text(to, "table") != null) {
                turns.add(new ReportRound.Turn(text(to, "table"), text(to, "startedAt"), text(to, "endedAt"),
                        to.path("skipped").asBoolean(false)));
            }
        });
        Double each = number(o, "minutesEach");
        return new ReportRound(each == null ? 2 : each, order, o.path("shuffled").asBoolean(false), turns);
    }

    /** A clock time "14:30", or null when absent or not one. */
    public static LocalTime clock(String s) {
        if (s == null || !CLOCK.matcher(s).matches()) {
            return null;
        }
        try {
            return LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n != null && n.isTextual() ? n.textValue() : null;
    }

    private static Double number(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        return n != null && n.isNumber() ? n.doubleValue() : null;
    }

    /** The file form of this program. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.withExactBigDecimals(true);
        ObjectNode o = f.objectNode();
        if (exampleTimes) {
            o.put("exampleTimes", true);
        }
        putIf(o, "source", source);
        ArrayNode a = o.putArray("items");
        for (ProgramItem i : items) {
            ObjectNode io = a.addObject();
            io.put("id", i.id());
            io.put("kind", i.kind().word());
            putIf(io, "title", i.title());
            putIf(io, "speaker", i.speaker());
            putIf(io, "exerciseId", i.exerciseId());
            if (i.start() != null) {
                io.put("start", String.format("%02d:%02d", i.start().getHour(), i.start().getMinute()));
            }
            number(io, "minutes", i.minutes());
            number(io, "adjustMinutes", i.adjustMinutes());
            putIf(io, "startedAt", i.startedAt());
            putIf(io, "endedAt", i.endedAt());
            if (i.round() != null) {
                ReportRound r = i.round();
                ObjectNode ro = io.putObject("round");
                number(ro, "minutesEach", r.minutesEach());
                ArrayNode order = ro.putArray("order");
                r.order().forEach(order::add);
                if (r.shuffled()) {
                    ro.put("shuffled", true);
                }
                ArrayNode turns = ro.putArray("turns");
                for (ReportRound.Turn t : r.turns()) {
                    ObjectNode to = turns.addObject();
                    to.put("table", t.table());
                    putIf(to, "startedAt", t.startedAt());
                    putIf(to, "endedAt", t.endedAt());
                    if (t.skipped()) {
                        to.put("skipped", true);
                    }
                }
            }
            i.extras().fields().forEach((k, v) -> {
                if (!io.has(k)) {
                    io.set(k, v.deepCopy());
                }
            });
        }
        extras.fields().forEach((k, v) -> {
            if (!o.has(k)) {
                o.set(k, v.deepCopy());
            }
        });
        return o;
    }

    private static void putIf(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void number(ObjectNode o, String field, Double value) {
        if (value == null) {
            return;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            o.put(field, value.longValue());
        } else {
            o.put(field, BigDecimal.valueOf(value));
        }
    }

    /**
     * A rule of the plan's times that an item breaks, for the reader (at {@code program.items[i].field})
     * and the editors (at the item's field). {@code key} is in the core bundle.
     */
    public record TimeProblem(int index, String field, String key, List<Object> args) {
        public TimeProblem {
            args = List.copyOf(args);
        }
    }

    /**
     * The rules of the times, in the order of the items: each item has a start or minutes; the first
     * has a start (the day is anchored to a clock); an item without minutes is followed by one with
     * a start (it lasts until then), or is the last; a start is not before the item before it ends.
     */
    public static List<TimeProblem> timeProblems(List<ProgramItem> items) {
        List<TimeProblem> out = new ArrayList<>();
        LocalTime end = null; // the planned end of the item before, when known
        for (int i = 0; i < items.size(); i++) {
            ProgramItem it = items.get(i);
            if (it.start() == null && it.minutes() == null) {
                out.add(new TimeProblem(i, "start", "program.noTime", List.of()));
            } else if (i == 0 && it.start() == null) {
                out.add(new TimeProblem(i, "start", "program.firstStart", List.of()));
            }
            if (i > 0 && items.get(i - 1).minutes() == null && it.start() == null && it.minutes() != null) {
                out.add(new TimeProblem(i, "start", "program.openBefore", List.of()));
            }
            if (it.start() != null && end != null && it.start().isBefore(end)) {
                out.add(new TimeProblem(i, "start", "program.startsBeforePrevious", List.of(clockText(it.start()),
                        clockText(end))));
            }
            LocalTime begin = it.start() != null ? it.start() : end;
            if (begin != null && it.minutes() != null) {
                long m = Math.round(it.minutes() * 60);
                LocalTime next = begin.plusSeconds(m);
                // Past midnight: a plan of one day; later items are not checked against it.
                end = next.isBefore(begin) || m >= 24 * 3600 ? null : next;
            } else {
                end = null;
            }
        }
        return out;
    }

    /** "14.30": a clock time as Danish print writes it. */
    public static String clockText(LocalTime t) {
        return String.format("%02d.%02d", t.getHour(), t.getMinute());
    }

    /** Checks the {@code program} field of a session document, each broken rule at its place. */
    static void check(Decoder d, ObjectNode root, List<Exercise> exercises) {
        JsonNode n = root.get(FIELD);
        if (n == null || n.isNull()) {
            return;
        }
        ObjectNode o = d.object(n, FIELD);
        if (o == null) {
            return;
        }
        JsonNode example = o.get("exampleTimes");
        if (example != null && !example.isNull() && !example.isBoolean()) {
            d.problem(Decoder.at(FIELD, "exampleTimes"), "field.notBoolean", "exampleTimes");
        }
        d.text(o, FIELD, "source", false);
        Set<String> exerciseIds = new HashSet<>();
        Set<String> tableIds = new HashSet<>();
        for (Exercise e : exercises) {
            exerciseIds.add(e.id());
            e.groups().forEach(g -> tableIds.add(g.id()));
        }
        int before = d.problemCount();
        List<ProgramItem> items = d.list(o, FIELD, "items", (x, p) -> {
            ObjectNode io = d.object(x, p);
            return io == null ? null : checkItem(d, io, p, exerciseIds, tableIds);
        });
        // Ids by the items' places in the file, whether or not the item could be read.
        List<String> ids = new ArrayList<>();
        o.path("items").forEach(x -> ids.add(x.path("id").isTextual() ? x.get("id").textValue() : null));
        d.unique(ids, Decoder.at(FIELD, "items"), "id");
        // The times are checked once every item reads: a rule about neighbours needs all of them.
        if (d.problemCount() == before) {
            for (TimeProblem t : timeProblems(items)) {
                d.problem(Decoder.at(Decoder.at(Decoder.at(FIELD, "items"), t.index()), t.field()), t.key(),
                        t.args().toArray());
            }
        }
    }

    private static ProgramItem checkItem(Decoder d, ObjectNode o, String path, Set<String> exerciseIds,
            Set<String> tableIds) {
        String id = d.text(o, path, "id", true);
        String kindWord = d.text(o, path, "kind", true);
        ProgramItem.Kind kind = kindWord == null ? null : ProgramItem.Kind.of(kindWord);
        if (kindWord != null && kind == null) {
            d.problem(Decoder.at(path, "kind"), "program.kind", kindWord);
        }
        String title = d.text(o, path, "title", kind != null && kind != ProgramItem.Kind.EXERCISE);
        d.text(o, path, "speaker", false);
        String exercise = d.text(o, path, "exerciseId", kind == ProgramItem.Kind.EXERCISE);
        if (exercise != null && !exerciseIds.contains(exercise)) {
            d.problem(Decoder.at(path, "exerciseId"), "field.unknownExercise", exercise);
        }
        String start = d.text(o, path, "start", false);
        LocalTime clock = clock(start);
        if (start != null && clock == null) {
            d.problem(Decoder.at(path, "start"), "program.start", start);
        }
        Double minutes = d.number(o, path, "minutes");
        if (minutes != null && !(minutes > 0 && minutes <= MAX_MINUTES)) {
            d.problem(Decoder.at(path, "minutes"), "program.minutes", o.get("minutes").asText());
        }
        Double adjust = d.number(o, path, "adjustMinutes");
        if (adjust != null && (minutes == null || minutes + adjust < 0 || Math.abs(adjust) > MAX_MINUTES)) {
            d.problem(Decoder.at(path, "adjustMinutes"), "program.adjust", o.get("adjustMinutes").asText());
        }
        String startedAt = dateTime(d, o, path, "startedAt");
        String endedAt = dateTime(d, o, path, "endedAt");
        if (endedAt != null && startedAt == null) {
            d.problem(Decoder.at(path, "endedAt"), "program.endedNotStarted");
        }
        JsonNode r = o.get("round");
        if (r != null && !r.isNull()) {
            checkRound(d, r, Decoder.at(path, "round"), tableIds);
        }
        if (id == null || kind == null) {
            return null;
        }
        return new ProgramItem(id, kind, title, null, exercise, clock, minutes, adjust, startedAt, endedAt, null,
                Extras.NONE);
    }

    private static void checkRound(Decoder d, JsonNode n, String path, Set<String> tableIds) {
        ObjectNode o = d.object(n, path);
        if (o == null) {
            return;
        }
        Double each = d.number(o, path, "minutesEach");
        if (each == null && !o.has("minutesEach")) {
            d.problem(Decoder.at(path, "minutesEach"), "field.required", "minutesEach");
        } else if (each != null && !(each > 0 && each <= MAX_TURN_MINUTES)) {
            d.problem(Decoder.at(path, "minutesEach"), "program.turnMinutes", o.get("minutesEach").asText());
        }
        JsonNode shuffled = o.get("shuffled");
        if (shuffled != null && !shuffled.isNull() && !shuffled.isBoolean()) {
            d.problem(Decoder.at(path, "shuffled"), "field.notBoolean", "shuffled");
        }
        List<String> order = d.texts(o, path, "order");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            String p = Decoder.at(Decoder.at(path, "order"), i);
            if (!tableIds.contains(order.get(i))) {
                d.problem(p, "field.unknownTable", order.get(i));
            } else if (!seen.add(order.get(i))) {
                d.problem(p, "field.duplicateId", order.get(i));
            }
        }
        d.list(o, path, "turns", (x, p) -> {
            ObjectNode to = d.object(x, p);
            if (to == null) {
                return null;
            }
            String table = d.text(to, p, "table", true);
            if (table != null && !order.contains(table)) {
                d.problem(Decoder.at(p, "table"), "program.turnTable", table);
            }
            dateTime(d, to, p, "startedAt");
            dateTime(d, to, p, "endedAt");
            JsonNode skipped = to.get("skipped");
            if (skipped != null && !skipped.isNull() && !skipped.isBoolean()) {
                d.problem(Decoder.at(p, "skipped"), "field.notBoolean", "skipped");
            }
            return table;
        });
    }

    private static String dateTime(Decoder d, ObjectNode o, String path, String field) {
        String value = d.text(o, path, field, false);
        if (value != null) {
            try {
                java.time.OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                d.problem(Decoder.at(path, field), "field.dateTime", value);
                return null;
            }
        }
        return value;
    }
}
