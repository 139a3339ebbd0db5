package dk.vaerksted.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a session, template or deck file into records, checking every rule of the
 * format (docs/session-format.md). A file that breaks a rule is refused as a whole.
 */
public final class DocumentReader {
    /** Templates are session documents without groups, offered as "new session from …". */
    public static final String TEMPLATE_FORMAT = "vaerksted.template";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Set<String> SESSION_FIELDS = Set.of("format", "formatVersion", "title", "date", "place",
            "facilitators", "language", "cards", "exercises", "harvest");
    static final Set<String> DECK_FIELDS =
            Set.of("format", "formatVersion", "title", "source", "description", "cards");
    static final Set<String> CARD_FIELDS = Set.of("id", "deck", "number", "title", "question", "body", "reminders",
            "whatIf", "examples", "dilemmas", "standpoints", "leadIns", "lists", "source");
    static final Set<String> CARD_LIST_FIELDS = Set.of("leadIn", "items");
    static final Set<String> EXERCISE_FIELDS =
            Set.of("id", "title", "intro", "time", "source", "steps", "groups", "run");
    static final Set<String> STEP_FIELDS = Set.of("id", "title", "prompt", "minutes");
    static final Set<String> GROUP_FIELDS = Set.of("id", "name", "members", "cardId", "notes");
    static final Set<String> NOTE_FIELDS = Set.of("stepId", "text", "at");
    static final Set<String> RUN_FIELDS = Set.of("stepId", "startedAt", "endedAt", "pausedSeconds");
    static final Set<String> HARVEST_FIELDS = Set.of("prompt", "source", "notes");

    private final ReadLimits limits;

    public DocumentReader(ReadLimits limits) {
        this.limits = limits;
    }

    public DocumentReader() {
        this(ReadLimits.DEFAULT);
    }

    public ReadLimits limits() {
        return limits;
    }

    /** Reads a {@code vaerksted.session} document; {@code file} is the name used in messages. */
    public Session readSession(String file, byte[] bytes) throws SessionFormatException {
        return readSessionShaped(file, bytes, Session.FORMAT);
    }

    /** Reads a {@code vaerksted.template} document: a session to start from. */
    public Session readTemplate(String file, byte[] bytes) throws SessionFormatException {
        return readSessionShaped(file, bytes, TEMPLATE_FORMAT);
    }

    public Deck readDeck(String file, byte[] bytes) throws SessionFormatException {
        checkSize(file, bytes.length);
        LocatedJson json = LocatedJson.parse(file, bytes, limits);
        Decoder d = new Decoder(file, json);
        ObjectNode root = header(d, json, Deck.FORMAT, Deck.FORMAT_VERSION);
        String title = d.text(root, "", "title", true);
        String source = d.text(root, "", "source", false);
        String description = d.text(root, "", "description", false);
        List<Card> cards = cards(d, root);
        finish(d);
        return new Deck(title, source, description, cards, Decoder.extras(root, DECK_FIELDS));
    }

    private Session readSessionShaped(String file, byte[] bytes, String format) throws SessionFormatException {
        checkSize(file, bytes.length);
        LocatedJson json = LocatedJson.parse(file, bytes, limits);
        Decoder d = new Decoder(file, json);
        ObjectNode root = header(d, json, format, Session.FORMAT_VERSION);
        String title = d.text(root, "", "title", true);
        String date = d.text(root, "", "date", false);
        if (date != null && !isIsoDate(date)) {
            d.problem("date", "field.date", date);
        }
        String place = d.text(root, "", "place", false);
        List<String> facilitators = d.texts(root, "", "facilitators");
        String language = d.text(root, "", "language", false);
        if (language != null && !isLanguageTag(language)) {
            d.problem("language", "field.language", language);
        }
        List<Card> cards = cards(d, root);
        Set<String> cardIds = new java.util.HashSet<>();
        cards.forEach(c -> cardIds.add(c.id()));
        List<Exercise> exercises = d.list(root, "", "exercises", (n, p) -> exercise(d, n, p, cardIds));
        d.unique(exercises.stream().map(Exercise::id).toList(), "exercises", "id");
        List<HarvestPrompt> harvest = d.list(root, "", "harvest", (n, p) -> harvest(d, n, p));
        RoomState.check(d, root, exercises);
        Board.check(d, root, exercises, d.boardNotes);
        Program.check(d, root, exercises);
        finish(d);
        return new Session(title, date, place, facilitators, language == null ? "da" : language, cards, exercises,
                harvest, Decoder.extras(root, SESSION_FIELDS));
    }

    private void checkSize(String file, long size) throws SessionFormatException {
        if (size > limits.maxBytes()) {
            throw new SessionFormatException(new Problem(file, 0, 0, "", "file.tooLarge",
                    List.of(megabytes(size), megabytes(limits.maxBytes()))));
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /**
     * Checks the root, {@code format} and {@code formatVersion} first: a file of another kind or of a
     * newer version is refused on that alone, never half-read.
     */
    private static ObjectNode header(Decoder d, LocatedJson json, String format, int knownVersion)
            throws SessionFormatException {
        if (!(json.root instanceof ObjectNode root)) {
            d.problem("", "json.notObject");
            throw new SessionFormatException(d.problems());
        }
        JsonNode f = root.get("format");
        if (f == null) {
            d.problem("", "format.missing", format);
        } else if (!f.isTextual() || !f.textValue().equals(format)) {
            String found = f.isTextual() ? f.textValue() : f.toString();
            String kind = kindKey(found);
            if (kind != null) {
                d.problem("format", "format.otherKind", found, format);
            } else {
                d.problem("format", "format.wrong", found, format);
            }
        }
        JsonNode v = root.get("formatVersion");
        if (v == null) {
            d.problem("", "formatVersion.missing");
        } else if (!v.isIntegralNumber() || v.bigIntegerValue().signum() <= 0) {
            d.problem("formatVersion", "formatVersion.invalid", v.toString());
        } else if (v.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(knownVersion)) > 0) {
            d.problem("formatVersion", "formatVersion.newer", v.toString(), knownVersion);
        }
        if (d.hasProblems()) {
            throw new SessionFormatException(d.problems());
        }
        return root;
    }

    private static String kindKey(String format) {
        return switch (format) {
            case Session.FORMAT, TEMPLATE_FORMAT, Deck.FORMAT -> format;
            default -> null;
        };
    }

    private static void finish(Decoder d) throws SessionFormatException {
        if (d.hasProblems()) {
            throw new SessionFormatException(d.problems());
        }
    }

    private List<Card> cards(Decoder d, ObjectNode root) {
        List<Card> cards = d.list(root, "", "cards", (n, p) -> card(d, n, p));
        d.unique(cards.stream().map(Card::id).toList(), "cards", "id");
        return cards;
    }

    static Card card(Decoder d, JsonNode node, String path) {
        ObjectNode o = d.object(node, path);
        if (o == null) {
            return null;
        }
        String id = d.text(o, path, "id", true);
        Card card = new Card(id, d.text(o, path, "deck", false), d.text(o, path, "number", false),
                d.text(o, path, "title", false), d.text(o, path, "question", false), d.texts(o, path, "body"),
                d.texts(o, path, "reminders"), d.texts(o, path, "whatIf"), d.texts(o, path, "examples"),
                d.texts(o, path, "dilemmas"), d.texts(o, path, "standpoints"), leadIns(d, o, path),
                d.list(o, path, "lists", (n, p) -> cardList(d, n, p)), d.text(o, path, "source", false),
                Decoder.extras(o, CARD_FIELDS));
        return id == null ? null : card;
    }

    /** {@code "leadIns": {"dilemmas": "…", …}}: texts by part in file order;
     * keys this version does not use are kept. */
    private static java.util.Map<String, String> leadIns(Decoder d, ObjectNode card, String path) {
        JsonNode n = card.get("leadIns");
        if (n == null || n.isNull()) {
            return java.util.Map.of();
        }
        String p = Decoder.at(path, "leadIns");
        ObjectNode o = d.object(n, p);
        if (o == null) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        o.properties().forEach(e -> {
            String value = d.text(o, p, e.getKey(), false);
            if (value != null) {
                out.put(e.getKey(), value);
            }
        });
        return out;
    }

    private static CardList cardList(Decoder d, JsonNode node, String path) {
        ObjectNode o = d.object(node, path);
        if (o == null) {
            return null;
        }
        return new CardList(d.text(o, path, "leadIn", false), d.texts(o, path, "items"),
                Decoder.extras(o, CARD_LIST_FIELDS));
    }

    private static Exercise exercise(Decoder d, JsonNode node, String path, Set<String> cardIds) {
        ObjectNode o = d.object(node, path);
        if (o == null) {
            return null;
        }
        String id = d.text(o, path, "id", true);
        String title = d.text(o, path, "title", false);
        String intro = d.text(o, path, "intro", false);
        String time = d.text(o, path, "time", false);
        String source = d.text(o, path, "source", false);
        List<Step> steps = d.list(o, path, "steps", (n, p) -> step(d, n, p));
        String stepsPath = Decoder.at(path, "steps");
        d.unique(steps.stream().map(Step::id).toList(), stepsPath, "id");
        Set<String> stepIds = new java.util.HashSet<>();
        steps.forEach(s -> stepIds.add(s.id()));
        List<Group> groups = d.list(o, path, "groups", (n, p) -> group(d, n, p, cardIds, stepIds));
        d.unique(groups.stream().map(Group::id).toList(), Decoder.at(path, "groups"), "id");
        List<StepRun> run = d.list(o, path, "run", (n, p) -> run(d, n, p, stepIds));
        return id == null ? null : new Exercise(id, title, intro, time, source, steps, groups, run,
                Decoder.extras(o, EXERCISE_FIELDS));
    }

    private static Step step(Decoder d, JsonNode node, String path) {
        ObjectNode o = d.object(node, path);
        if (o == null) {
            return null;
        }
        String id = d.text(o, path, "id", true);
        String title = d.text(o, path, "title", false);
        String prompt = d.text(o, path, "prompt", false);
        Double minutes = d.number(o, path, "minutes");
        if (minutes != null && !(minutes > 0 && minutes <= 240)) {
            d.problem(Decoder.at(path, "minutes"), "field.minutes", o.get("minutes").asText());
        }
        return id == null ? null : new Step(id, title, prompt, minutes, Decoder.extras(o, STEP_FIELDS));
    }

    private static Group group(Decoder d, JsonNode node, String path, Set<String> cardIds, Set<String> stepIds) {
        ObjectNode o = d.object(node, path);
        if (o == null) {
            return null;
        }
        String id = d.text(o, path, "id", true);
        String name = d.text(o, path, "name", false);
        List<String> members = d.texts(o, path, "members");
        String cardId = d.text(o, path, "cardId", false);
        if (cardId != null && !cardIds.contains(cardId)) {
            d.problem(Decoder.at(path, "cardId"), "field.unknownCard", cardId);
        }
        List<Note> notes = d.list(o, path, "notes", (n, p) -> note(d, n, p, stepIds));
        return id == null ? null : new Group(id, name, members, cardId, notes, Decoder.extras(o, GROUP_FIELDS));
    }

    /** @param stepIds the steps a note may name, or null where notes name no step (the harvest) */
    private static Note note(Decoder d, JsonNode node, String path, Set<String> stepIds) {
        ObjectNode o = d.object(node, path);
        if (o == null) {
            return null;
        }
        String stepId = d.text(o, path, "stepId", false);
        if (stepId != null && stepIds != null && !stepIds.contains(stepId)) {
            d.problem(Decoder.at(path, "stepId"), "field.unknownStep", stepId);
        }
        JsonNode textNode = o.get("text");
        String text;
        if (textNode == null || textNode.isNull()) {
            d.problem(Decoder.at(path, "text"), "field.required", "text");
            text = null;
        } else {
            text = d.text(o, path, "text", false);
        }
        String at = dateTime(d, o, path, "at");
        for (String origin : List.of(Note.TABLE, Note.CLIENT_ID)) {
            String value = d.text(o, path, origin, false);
            if (value != null && value.isBlank()) {
                d.problem(Decoder.at(path, origin), "field.blank", origin);
            }
        }
        Board.readNote(d, o, path, d.boardNotes);
        return text == null ? null : new Note(stepId, text, at, Decoder.extras(o, NOTE_FIELDS));
    }

    private static StepRun run(Decoder d, JsonNode node, String path, Set<String> stepIds) {
        ObjectNode o = d.object(node, path);
        if (o == null) {
            return null;
        }
        String stepId = d.text(o, path, "stepId", false);
        if (stepId != null && !stepIds.contains(stepId)) {
            d.problem(Decoder.at(path, "stepId"), "field.unknownStep", stepId);
        }
        String startedAt = dateTime(d, o, path, "startedAt");
        String endedAt = dateTime(d, o, path, "endedAt");
        Double paused = d.number(o, path, "pausedSeconds");
        if (paused != null && paused < 0) {
            d.problem(Decoder.at(path, "pausedSeconds"), "field.negative", "pausedSeconds");
        }
        return new StepRun(stepId, startedAt, endedAt, paused, Decoder.extras(o, RUN_FIELDS));
    }

    private static HarvestPrompt harvest(Decoder d, JsonNode node, String path) {
        ObjectNode o = d.object(node, path);
        if (o == null) {
            return null;
        }
        String prompt = d.text(o, path, "prompt", true);
        String source = d.text(o, path, "source", false);
        List<Note> notes = d.list(o, path, "notes", (n, p) -> note(d, n, p, null));
        return prompt == null ? null : new HarvestPrompt(prompt, source, notes, Decoder.extras(o, HARVEST_FIELDS));
    }

    private static String dateTime(Decoder d, ObjectNode o, String path, String field) {
        String value = d.text(o, path, field, false);
        if (value != null) {
            try {
                OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                d.problem(Decoder.at(path, field), "field.dateTime", value);
            }
        }
        return value;
    }

    static boolean isIsoDate(String s) {
        if (!ISO_DATE.matcher(s).matches()) {
            return false;
        }
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isLanguageTag(String tag) {
        if (tag.isBlank()) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
