package dk.vaerksted.core.session;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes sessions and decks as the format document specifies: UTF-8 without a byte-order mark,
 * two-space indentation, known fields in the spec's order, unknown fields after them as read,
 * a final newline. The same records always give the same bytes.
 */
public final class DocumentWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /**
     * The mapper, made on first use (it is thread-safe and shared): creating one costs some 60 ms
     * at start-up, which the window's first frame does not wait for.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final DefaultPrettyPrinter printer;

    public DocumentWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        this.printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    public byte[] write(Session session) {
        return bytes(sessionNode(session, Session.FORMAT));
    }

    /** An exercise template ({@code vaerksted.template}): the session shape without a date or notes. */
    public byte[] writeTemplate(Session template) {
        return bytes(sessionNode(template, DocumentReader.TEMPLATE_FORMAT));
    }

    public byte[] write(Deck deck) {
        ObjectNode o = NODES.objectNode();
        o.put("format", Deck.FORMAT);
        o.put("formatVersion", Deck.FORMAT_VERSION);
        o.put("title", deck.title());
        putIf(o, "source", deck.source());
        putIf(o, "description", deck.description());
        ArrayNode cards = o.putArray("cards");
        deck.cards().forEach(c -> cards.add(card(c)));
        extras(o, deck.extras());
        return bytes(o);
    }

    private byte[] bytes(ObjectNode root) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
                g.setPrettyPrinter(printer);
                Json.MAPPER.writeTree(g, root);
            }
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory", e);
        }
    }

    private static ObjectNode sessionNode(Session s, String format) {
        ObjectNode o = NODES.objectNode();
        o.put("format", format);
        o.put("formatVersion", Session.FORMAT_VERSION);
        o.put("title", s.title());
        putIf(o, "date", s.date());
        putIf(o, "place", s.place());
        texts(o, "facilitators", s.facilitators());
        putIf(o, "language", s.language());
        ArrayNode cards = o.putArray("cards");
        s.cards().forEach(c -> cards.add(card(c)));
        ArrayNode exercises = o.putArray("exercises");
        s.exercises().forEach(e -> exercises.add(exercise(e)));
        if (!s.harvest().isEmpty()) {
            ArrayNode harvest = o.putArray("harvest");
            for (HarvestPrompt h : s.harvest()) {
                ObjectNode ho = harvest.addObject();
                ho.put("prompt", h.prompt());
                putIf(ho, "source", h.source());
                ArrayNode notes = ho.putArray("notes");
                h.notes().forEach(n -> notes.add(note(n)));
                extras(ho, h.extras());
            }
        }
        extras(o, s.extras());
        return o;
    }

    static ObjectNode card(Card c) {
        ObjectNode o = NODES.objectNode();
        o.put("id", c.id());
        putIf(o, "deck", c.deck());
        putIf(o, "number", c.number());
        putIf(o, "title", c.title());
        putIf(o, "question", c.question());
        texts(o, "body", c.body());
        texts(o, "reminders", c.reminders());
        texts(o, "whatIf", c.whatIf());
        texts(o, "examples", c.examples());
        texts(o, "dilemmas", c.dilemmas());
        texts(o, "standpoints", c.standpoints());
        if (!c.leadIns().isEmpty()) {
            ObjectNode leadIns = o.putObject("leadIns");
            c.leadIns().forEach(leadIns::put);
        }
        if (!c.lists().isEmpty()) {
            ArrayNode lists = o.putArray("lists");
            for (CardList l : c.lists()) {
                ObjectNode lo = lists.addObject();
                putIf(lo, "leadIn", l.leadIn());
                texts(lo, "items", l.items());
                extras(lo, l.extras());
            }
        }
        putIf(o, "source", c.source());
        extras(o, c.extras());
        return o;
    }

    private static ObjectNode exercise(Exercise e) {
        ObjectNode o = NODES.objectNode();
        o.put("id", e.id());
        putIf(o, "title", e.title());
        putIf(o, "intro", e.intro());
        putIf(o, "time", e.time());
        putIf(o, "source", e.source());
        ArrayNode steps = o.putArray("steps");
        for (Step s : e.steps()) {
            ObjectNode so = steps.addObject();
            so.put("id", s.id());
            putIf(so, "title", s.title());
            putIf(so, "prompt", s.prompt());
            number(so, "minutes", s.minutes());
            extras(so, s.extras());
        }
        ArrayNode groups = o.putArray("groups");
        for (Group g : e.groups()) {
            ObjectNode go = groups.addObject();
            go.put("id", g.id());
            putIf(go, "name", g.name());
            texts(go, "members", g.members());
            putIf(go, "cardId", g.cardId());
            ArrayNode notes = go.putArray("notes");
            g.notes().forEach(n -> notes.add(note(n)));
            extras(go, g.extras());
        }
        if (!e.run().isEmpty()) {
            ArrayNode run = o.putArray("run");
            for (StepRun r : e.run()) {
                ObjectNode ro = run.addObject();
                putIf(ro, "stepId", r.stepId());
                putIf(ro, "startedAt", r.startedAt());
                putIf(ro, "endedAt", r.endedAt());
                number(ro, "pausedSeconds", r.pausedSeconds());
                extras(ro, r.extras());
            }
        }
        extras(o, e.extras());
        return o;
    }

    private static ObjectNode note(Note n) {
        ObjectNode o = NODES.objectNode();
        putIf(o, "stepId", n.stepId());
        o.put("text", n.text());
        putIf(o, "at", n.at());
        extras(o, n.extras());
        return o;
    }

    private static void putIf(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void texts(ObjectNode o, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(a::add);
        }
    }

    /** Whole numbers are written without a fraction ("8", not "8.0"). */
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

    private static void extras(ObjectNode o, Extras extras) {
        extras.fields().forEach((k, v) -> {
            if (!o.has(k)) {
                o.set(k, v.deepCopy());
            }
        });
    }
}
