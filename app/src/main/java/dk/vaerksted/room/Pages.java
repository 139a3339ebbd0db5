package dk.vaerksted.room;

import static dk.vaerksted.room.Html.esc;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.timer.Countdown;
import java.util.List;
import java.util.Locale;

/**
 * The tables' pages as HTML: phone first, readable by a screen reader, working without
 * JavaScript (plain forms and links), every text a user wrote escaped. Styles and script come
 * from {@code /static/} only (the Content-Security-Policy allows nothing else).
 */
final class Pages {
    private Pages() {}

    static final String CSS = "/static/room.css";
    static final String JS = "/static/room.js";
    static final String ICON = "/static/icon.svg";

    private static final Messages DA = new Messages("dk.vaerksted.i18n.room", Messages.DANISH);
    private static final Messages EN = new Messages("dk.vaerksted.i18n.room", Messages.ENGLISH);

    static Messages messages(String language) {
        return Messages.supported(language == null ? null : Locale.forLanguageTag(language)) == Messages.DANISH
                ? DA : EN;
    }

    /** A message shown once at the top of the form (after a redirect, or when a send was refused). */
    record Notice(String text, boolean error) {}

    /** What was being written when a send was refused, to put back into its field. */
    record Draft(String formKey, String text, String clientId) {}

    private static String lang(Messages m) {
        return m.locale().getLanguage();
    }

    private static void head(StringBuilder b, Messages m, String title, String bodyAttributes) {
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang(m)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(CSS).append("\">\n")
                .append("<link rel=\"icon\" href=\"").append(ICON).append("\" type=\"image/svg+xml\">\n");
        if (bodyAttributes != null) {
            b.append("<script src=\"").append(JS).append("\" defer></script>\n");
        }
        b.append("</head>\n<body").append(bodyAttributes == null ? "" : bodyAttributes).append(">\n");
    }

    /** The table's page. {@code draft} refills a field after a refused send; {@code nextId} is the new note's id. */
    static String table(TableView v, Messages m, Notice notice, Draft draft, String nextId) {
        StringBuilder b = new StringBuilder(8192);
        String path = Links.path(v.token());
        StringBuilder attrs = new StringBuilder();
        attr(attrs, "data-path", path);
        attr(attrs, "data-layout", v.layout());
        if (v.writeStamp() != null) {
            attr(attrs, "data-written", Long.toString(v.writeStamp()));
        }
        if (v.closed()) {
            attr(attrs, "data-closed", "true");
        }
        attr(attrs, "data-t-online", m.get("conn.online"));
        attr(attrs, "data-t-offline", m.get("conn.offline"));
        attr(attrs, "data-t-queued-one", m.get("conn.queuedOne"));
        attr(attrs, "data-t-queued-many", m.get("conn.queuedMany", "%n"));
        attr(attrs, "data-t-sent", m.get("live.sent"));
        attr(attrs, "data-t-new", m.get("live.newNote"));
        attr(attrs, "data-t-step", m.get("live.step", "%s"));
        attr(attrs, "data-t-pending", m.get("notes.pending"));
        attr(attrs, "data-t-edit", m.get("notes.edit"));
        attr(attrs, "data-t-edit-label", m.get("notes.editLabel", "%s"));
        attr(attrs, "data-t-none", m.get("notes.none"));
        attr(attrs, "data-t-heading", m.get("notes.heading", "%n"));
        attr(attrs, "data-t-answers", m.get("harvest.answers", "%n"));
        attr(attrs, "data-t-too-many", m.get("error.tooMany"));
        attr(attrs, "data-t-too-long", m.get("error.tooLong"));
        attr(attrs, "data-t-stage-ready", m.get("now.ready"));
        attr(attrs, "data-t-stage-paused", m.get("now.paused"));
        attr(attrs, "data-t-stage-warning", m.get("now.warning"));
        attr(attrs, "data-t-stage-overrun", m.get("now.overrun"));
        attr(attrs, "data-t-kept-remove", m.get("kept.remove"));
        head(b, m, m.get("page.title", v.tableName()), attrs.toString());
        if (v.writable()) {
            b.append("<a class=\"skip\" href=\"#text\">").append(esc(m.get("page.skip"))).append("</a>\n");
        }
        b.append("<header class=\"bar\">\n<p class=\"exercise\">").append(esc(m.get("card.exercise", v.exerciseTitle())))
                .append("</p>\n<h1>").append(esc(v.tableName())).append("</h1>\n</header>\n");
        b.append("<p id=\"conn\" class=\"conn\" role=\"status\"></p>\n");
        b.append("<main>\n");
        now(b, v, m);
        if (v.vote() != null && v.vote().open()) {
            vote(b, v, m);
        }
        card(b, v.card(), m);
        if (notice != null) {
            b.append(notice.error() ? "<div class=\"notice error\" role=\"alert\" id=\"notice\">"
                    : "<div class=\"notice\" role=\"status\" id=\"notice\">");
            if (notice.error()) {
                b.append("<h2>").append(esc(m.get("error.heading"))).append("</h2>");
            }
            b.append("<p>").append(esc(notice.text())).append("</p></div>\n");
        }
        if (v.closed()) {
            b.append("<p class=\"closed\">").append(esc(m.get("closed.exercise"))).append("</p>\n");
        } else if (v.ended()) {
            b.append("<p class=\"closed\" id=\"ended\">").append(esc(m.get("ended.exercise"))).append("</p>\n");
        } else {
            String text = draft != null && draft.formKey().equals("n") ? draft.text() : "";
            String id = draft != null && draft.formKey().equals("n") ? draft.clientId() : nextId;
            form(b, path, "n", "text", m.get("form.label"), m.get("form.hint"), null, text, id, m.get("form.send"),
                    notice != null && notice.error() && draft != null && draft.formKey().equals("n"));
        }
        kept(b, m, !v.writable() && draft != null && draft.formKey().equals("n") ? draft.text() : "");
        b.append("<section class=\"notes\" aria-labelledby=\"notes-h\">\n<h2 id=\"notes-h\" data-count=\"n\">")
                .append(esc(m.get("notes.heading", v.notes().size()))).append("</h2>\n");
        notes(b, v.notes(), path, m, !v.closed(), "n");
        b.append("</section>\n");
        if (v.harvest() != null && !v.harvest().isEmpty()) {
            b.append("<section class=\"harvest\" aria-labelledby=\"harvest-h\">\n<h2 id=\"harvest-h\">")
                    .append(esc(m.get("harvest.heading"))).append("</h2>\n<p>").append(esc(m.get("harvest.intro")))
                    .append("</p>\n");
            for (TableView.PromptView p : v.harvest()) {
                String key = "h" + p.index();
                b.append("<section class=\"prompt\" aria-labelledby=\"hp-").append(p.index()).append("\">\n<h3 id=\"hp-")
                        .append(p.index()).append("\">").append(esc(p.prompt())).append("</h3>\n");
                boolean mine = draft != null && draft.formKey().equals(key);
                form(b, path, key, "text-" + key, m.get("harvest.label"), null, p.index(), mine ? draft.text() : "",
                        mine ? draft.clientId() : nextId + "-" + p.index(), m.get("form.send"),
                        mine && notice != null && notice.error());
                b.append("<h4 data-count=\"").append(key).append("\">")
                        .append(esc(m.get("harvest.answers", p.notes().size()))).append("</h4>\n");
                notes(b, p.notes(), path, m, true, key);
                b.append("</section>\n");
            }
            b.append("</section>\n");
        }
        if (v.vote() != null && !v.vote().open()) {
            vote(b, v, m);
        }
        b.append("<p class=\"refresh\"><a href=\"").append(path).append("\">").append(esc(m.get("refresh")))
                .append("</a></p>\n");
        b.append("</main>\n<div id=\"live\" class=\"sr-only\" aria-live=\"polite\" aria-atomic=\"true\"></div>\n");
        return b.append("</body>\n</html>\n").toString();
    }

    /**
     * Texts the laptop would not take where there is no field to put them back in (the exercise
     * ended or was closed): shown as they were written, so nothing is lost. Without script the
     * refused text is drawn here; the script adds what its outbox was refused.
     */
    private static void kept(StringBuilder b, Messages m, String text) {
        boolean none = text == null || text.isBlank();
        b.append("<section id=\"kept\" class=\"kept\" aria-labelledby=\"kept-h\"").append(none ? " hidden" : "")
                .append(">\n<h2 id=\"kept-h\">").append(esc(m.get("kept.heading"))).append("</h2>\n<p id=\"kept-why\">")
                .append(esc(m.get("kept.intro"))).append("</p>\n<ul id=\"kept-list\" class=\"note-list\">");
        if (!none) {
            b.append("<li class=\"note\"><p class=\"note-text\">").append(esc(text)).append("</p></li>");
        }
        b.append("</ul>\n</section>\n");
    }

    /**
     * The vote on themes (issue 16): while it is open, each theme with this table's dots and a
     * button to give one more or take one back (plain forms: it works without JavaScript); the
     * others' dots are never shown until the facilitator reveals them, then the result in order.
     */
    private static void vote(StringBuilder b, TableView v, Messages m) {
        TableView.VoteView vote = v.vote();
        String path = Links.path(v.token()) + "/vote";
        b.append("<section class=\"vote\" aria-labelledby=\"vote-h\" id=\"vote\">\n<h2 id=\"vote-h\">")
                .append(esc(m.get(vote.revealed() ? "vote.resultHeading" : "vote.heading"))).append("</h2>\n");
        if (vote.revealed()) {
            b.append("<ol class=\"results\">\n");
            vote.ballot().stream().sorted((x, y) -> y.total() - x.total()).forEach(x -> b.append("<li>")
                    .append(esc(m.get("vote.result", x.name(), x.total(), x.mine()))).append("</li>\n"));
            b.append("</ol>\n</section>\n");
            return;
        }
        if (!vote.open()) {
            b.append("<p>").append(esc(m.get("vote.closed"))).append("</p>\n</section>\n");
            return;
        }
        b.append("<p id=\"vote-left\" role=\"status\">").append(esc(m.get("vote.left", vote.used(), vote.dots())))
                .append("</p>\n<ul class=\"ballot\">\n");
        for (TableView.VoteView.Ballot x : vote.ballot()) {
            b.append("<li class=\"ballot-item\"><span class=\"ballot-theme\">").append(esc(x.name()))
                    .append("</span> <span class=\"ballot-dots\">").append(esc(m.get("vote.mine", x.mine())))
                    .append("</span>");
            voteButton(b, path, x, x.mine() + 1, "+", m.get("vote.add", x.name()), vote.used() >= vote.dots());
            voteButton(b, path, x, x.mine() - 1, "−", m.get("vote.remove", x.name()), x.mine() == 0);
            b.append("</li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    private static void voteButton(StringBuilder b, String path, TableView.VoteView.Ballot x, int count, String text,
            String label, boolean disabled) {
        b.append("<form class=\"vote-form\" method=\"post\" action=\"").append(path).append("\">")
                .append("<input type=\"hidden\" name=\"theme\" value=\"").append(esc(x.themeId())).append("\">")
                .append("<input type=\"hidden\" name=\"count\" value=\"").append(Math.max(0, count)).append("\">")
                .append("<button type=\"submit\" aria-label=\"").append(esc(label)).append("\"")
                .append(disabled ? " disabled" : "").append(">").append(text).append("</button></form>");
    }

    private static void now(StringBuilder b, TableView v, Messages m) {
        Running r = v.running();
        b.append("<section class=\"now\" aria-labelledby=\"now-h\">\n<h2 id=\"now-h\" class=\"sr-only\">")
                .append(esc(m.get("now.heading"))).append("</h2>\n");
        if (r == null || r.isEnded()) {
            b.append("<p id=\"step\" class=\"step\">").append(esc(m.get(r == null ? "now.none" : "now.ended")))
                    .append("</p>\n");
            b.append("<p class=\"clock\" id=\"clock-line\" hidden><span class=\"sr-only\">")
                    .append(esc(m.get("now.clockLabel"))).append(": </span><span id=\"clock\" class=\"digits\"></span>")
                    .append(" <span id=\"stage\" class=\"stage\"></span></p>\n");
            b.append("<p id=\"prompt\" class=\"prompt\" hidden></p>\n");
        } else {
            b.append("<p id=\"step\" class=\"step\">").append(esc(stepLabel(r, m))).append("</p>\n");
            Countdown.Stage stage = r.stage();
            String stageText = stageText(r, m);
            b.append("<p class=\"clock stage-").append(stage.name().toLowerCase(Locale.ROOT))
                    .append("\" id=\"clock-line\"><span class=\"sr-only\">").append(esc(m.get("now.clockLabel")))
                    .append(": </span><span id=\"clock\" class=\"digits\">").append(esc(r.clock()))
                    .append("</span> <span id=\"stage\" class=\"stage\">").append(esc(stageText)).append("</span></p>\n");
            String prompt = r.stepPrompt() == null ? "" : r.stepPrompt();
            b.append("<p id=\"prompt\" class=\"prompt\"").append(prompt.isBlank() ? " hidden" : "").append(">")
                    .append(esc(prompt)).append("</p>\n");
        }
        b.append("</section>\n");
    }

    static String stepLabel(Running r, Messages m) {
        String title = r.stepTitle() == null || r.stepTitle().isBlank() ? r.stepId() : r.stepTitle();
        return m.get("now.step", r.stepIndex() + 1, r.stepCount(), title);
    }

    static String stageText(Running r, Messages m) {
        if (r.state() == Countdown.State.READY) {
            return m.get("now.ready");
        }
        if (r.state() == Countdown.State.PAUSED) {
            return m.get("now.paused");
        }
        return switch (r.stage()) {
            case WARNING -> m.get("now.warning");
            case OVERRUN -> m.get("now.overrun");
            default -> "";
        };
    }

    private static void card(StringBuilder b, Card c, Messages m) {
        if (c == null) {
            return;
        }
        b.append("<section class=\"card\" aria-labelledby=\"card-h\">\n");
        String meta = String.join(" · ", java.util.stream.Stream.of(c.number(), c.deck())
                .filter(x -> x != null && !x.isBlank()).toList());
        if (!meta.isEmpty()) {
            b.append("<p class=\"card-meta\">").append(esc(meta)).append("</p>\n");
        }
        b.append("<h2 id=\"card-h\">").append(esc(c.title() == null || c.title().isBlank() ? c.label() : c.title()))
                .append("</h2>\n");
        if (c.question() != null && !c.question().isBlank()) {
            b.append("<p class=\"question\">").append(esc(c.question())).append("</p>\n");
        }
        if (!c.whatIf().isEmpty()) {
            b.append("<h3>").append(esc(m.get("card.whatIf"))).append("</h3>\n<ul class=\"what-if\">\n");
            for (String w : c.whatIf()) {
                b.append("<li>").append(esc(w)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</section>\n");
    }

    private static void form(StringBuilder b, String path, String key, String fieldId, String label, String hint,
            Integer prompt, String text, String clientId, String send, boolean invalid) {
        b.append("<form class=\"note-form\" method=\"post\" action=\"").append(path).append("\" data-key=\"")
                .append(key).append("\">\n");
        b.append("<input type=\"hidden\" name=\"id\" value=\"").append(esc(clientId)).append("\">\n");
        if (prompt != null) {
            b.append("<input type=\"hidden\" name=\"prompt\" value=\"").append(prompt).append("\">\n");
        }
        b.append("<label for=\"").append(fieldId).append("\">").append(esc(label)).append("</label>\n");
        String describedBy = (hint != null ? fieldId + "-hint" : "") + (invalid ? " notice" : "");
        b.append("<textarea id=\"").append(fieldId).append("\" name=\"text\" rows=\"4\" maxlength=\"")
                .append(TableEdits.MAX_NOTE_CHARS).append("\" required");
        if (!describedBy.isBlank()) {
            b.append(" aria-describedby=\"").append(describedBy.strip()).append("\"");
        }
        if (invalid) {
            b.append(" aria-invalid=\"true\" autofocus");
        }
        b.append(">").append(esc(text)).append("</textarea>\n");
        if (hint != null) {
            b.append("<p class=\"hint\" id=\"").append(fieldId).append("-hint\">").append(esc(hint)).append("</p>\n");
        }
        b.append("<button type=\"submit\">").append(esc(send)).append("</button>\n</form>\n");
    }

    private static void notes(StringBuilder b, List<TableView.NoteView> notes, String path, Messages m,
            boolean editable, String key) {
        b.append("<ul class=\"note-list\" data-list=\"").append(key).append("\">\n");
        for (TableView.NoteView n : notes) {
            b.append("<li class=\"note\" data-id=\"").append(esc(n.id())).append("\"><p class=\"note-text\">")
                    .append(esc(n.text())).append("</p>");
            if (editable) {
                b.append("<a class=\"note-edit\" href=\"").append(path).append("/n/").append(esc(n.id()))
                        .append("\" aria-label=\"").append(esc(m.get("notes.editLabel", shorten(n.text()))))
                        .append("\">").append(esc(m.get("notes.edit"))).append("</a>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n");
        if (notes.isEmpty() && key.equals("n")) {
            b.append("<p class=\"empty\" data-empty=\"n\">").append(esc(m.get("notes.none"))).append("</p>\n");
        }
    }

    static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 59).strip() + "…";
    }

    /** The page to correct or delete one note. */
    static String edit(TableView v, TableView.NoteView note, Messages m, Notice notice, String text) {
        StringBuilder b = new StringBuilder(4096);
        String path = Links.path(v.token());
        head(b, m, m.get("page.title", v.tableName()), null);
        b.append("<header class=\"bar\">\n<p class=\"exercise\">").append(esc(m.get("card.exercise", v.exerciseTitle())))
                .append("</p>\n<h1>").append(esc(v.tableName())).append("</h1>\n</header>\n<main>\n");
        b.append("<h2>").append(esc(m.get("edit.heading"))).append("</h2>\n");
        if (notice != null) {
            b.append("<div class=\"notice").append(notice.error() ? " error\" role=\"alert\"" : "\" role=\"status\"")
                    .append(" id=\"notice\"><p>").append(esc(notice.text())).append("</p></div>\n");
        }
        String action = path + "/n/" + esc(note.id());
        b.append("<form class=\"note-form\" method=\"post\" action=\"").append(action).append("\">\n")
                .append("<label for=\"text\">").append(esc(m.get("edit.label"))).append("</label>\n")
                .append("<textarea id=\"text\" name=\"text\" rows=\"6\" maxlength=\"").append(TableEdits.MAX_NOTE_CHARS)
                .append("\" required>").append(esc(text == null ? note.text() : text)).append("</textarea>\n")
                .append("<button type=\"submit\">").append(esc(m.get("edit.save"))).append("</button>\n</form>\n");
        b.append("<form class=\"delete-form\" method=\"post\" action=\"").append(action).append("/delete\">\n")
                .append("<button type=\"submit\" class=\"danger\">").append(esc(m.get("edit.delete")))
                .append("</button>\n</form>\n");
        b.append("<p class=\"back\"><a href=\"").append(path).append("\">").append(esc(m.get("edit.back")))
                .append("</a></p>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    /** A short answer page with a way back (a refused send without JavaScript, a note that is gone). */
    static String message(Messages m, String title, String text, String backPath) {
        StringBuilder b = new StringBuilder(1024);
        head(b, m, title, null);
        b.append("<main>\n<h1>").append(esc(title)).append("</h1>\n<p>").append(esc(text)).append("</p>\n");
        if (backPath != null) {
            b.append("<p class=\"back\"><a href=\"").append(backPath).append("\">").append(esc(m.get("error.back")))
                    .append("</a></p>\n");
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void attr(StringBuilder b, String name, String value) {
        b.append(' ').append(name).append("=\"").append(esc(value)).append('"');
    }
}
