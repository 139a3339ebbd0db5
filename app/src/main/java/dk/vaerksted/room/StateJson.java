package dk.vaerksted.room;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.timer.Countdown;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A table's view as the page's script reads it (the state answer and each server-sent event):
 * one line of JSON, every text a JSON string (the script puts it on the page as text, never as
 * markup).
 */
final class StateJson {
    private StateJson() {}

    private static final JsonFactory JSON = new JsonFactory();

    static String of(TableView v, Messages m) {
        StringWriter w = new StringWriter(1024);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("layout", v.layout());
            g.writeBooleanField("closed", v.closed());
            g.writeBooleanField("ended", v.ended());
            if (v.writeStamp() != null) {
                g.writeStringField("written", Long.toString(v.writeStamp()));
            }
            Running r = v.running();
            if (r == null || r.isEnded()) {
                g.writeNullField("running");
                g.writeStringField("none", m.get(r == null ? "now.none" : "now.ended"));
            } else {
                g.writeObjectFieldStart("running");
                g.writeStringField("step", Pages.stepLabel(r, m));
                g.writeStringField("prompt", r.stepPrompt() == null ? "" : r.stepPrompt());
                g.writeStringField("state", r.state().name().toLowerCase(java.util.Locale.ROOT));
                g.writeBooleanField("timed", r.remainingMillis() != null);
                if (r.remainingMillis() != null) {
                    g.writeNumberField("remainingMs", r.remainingMillis());
                }
                if (r.warningMillis() != null) {
                    g.writeNumberField("warningMs", r.warningMillis());
                }
                g.writeNumberField("elapsedMs", r.elapsedMillis());
                g.writeStringField("clock", r.clock());
                g.writeStringField("stage", Pages.stageText(r, m));
                g.writeBooleanField("overrun", r.stage() == Countdown.Stage.OVERRUN);
                g.writeEndObject();
            }
            g.writeFieldName("notes");
            notes(g, v.notes());
            if (v.harvest() == null) {
                g.writeNullField("harvest");
            } else {
                g.writeArrayFieldStart("harvest");
                for (TableView.PromptView p : v.harvest()) {
                    g.writeStartObject();
                    g.writeNumberField("index", p.index());
                    g.writeFieldName("notes");
                    notes(g, p.notes());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void notes(JsonGenerator g, List<TableView.NoteView> notes) throws IOException {
        g.writeStartArray();
        for (TableView.NoteView n : notes) {
            g.writeStartObject();
            g.writeStringField("id", n.id());
            g.writeStringField("text", n.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
