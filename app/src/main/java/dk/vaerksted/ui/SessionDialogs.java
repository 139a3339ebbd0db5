package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.NewSession;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.ui.session.EditSessionDialog;

/** The session's two dialogs: setting up a new one from an exercise, and editing the open one (Ctrl+K). */
final class SessionDialogs {
    private final MainWindow window;
    private final AppContext ctx;
    private final Messages m;

    SessionDialogs(MainWindow window, AppContext ctx) {
        this.window = window;
        this.ctx = ctx;
        this.m = ctx.ui();
    }

    /** Opens the editor for the open session; what it returns replaces the session (undoable). */
    void editSession() {
        Session s = window.sessionModel().sessionProperty().get();
        if (s == null) {
            return;
        }
        EditSessionDialog dialog = new EditSessionDialog(s, window.sessionModel().exerciseProperty().get(),
                ctx.library().templates().stream().map(e -> e.value()).toList(),
                window.start().allDecks().stream().flatMap(d -> d.cards().stream()).toList(), m);
        dialog.initOwner(window.stage());
        dialog.showAndWait().ifPresent(edited -> {
            window.sessionModel().edit(edited);
            window.stage().setTitle(edited.title() + " – " + m.get("app.title"));
        });
    }

    /** New session from an exercise: the setup dialog, then the session, on disk at once. */
    void newFromTemplate(Session template) {
        dk.vaerksted.ui.start.SetupDialog dialog = new dk.vaerksted.ui.start.SetupDialog(template, window.start().allDecks(),
                java.time.LocalDate.now(ctx.wallClock()), m);
        dialog.initOwner(window.stage());
        dialog.showAndWait().ifPresent(r -> {
            Session made = NewSession.fromTemplate(template, r.setup());
            for (var e : r.minutes().entrySet()) {
                made = dk.vaerksted.core.session.SessionEdits.withStepMinutes(made, e.getKey(), e.getValue());
            }
            made = dk.vaerksted.core.session.Program.set(made, r.program());
            window.showNewSession(made);
        });
    }
}
