package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.work.WorkState;
import dk.vaerksted.core.work.WorkStates;
import dk.vaerksted.ui.session.SessionView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Værksted blev lukket uventet — fortsæt, hvor du var": a work state left by a crash taken up
 * again — the session (saved or not) with the exercise and table that were selected, the notes
 * being typed (each at its table, the cursor in the note field), the harvest fields, the
 * countdown at its place (paused), or the draft of a deck or exercise in its editor.
 */
final class Resume {
    private static final Logger LOG = Logger.getLogger(Resume.class.getName());

    private final MainWindow window;
    private final AppContext ctx;
    private final Dialogs dialogs;
    private final Messages m;

    Resume(MainWindow window, AppContext ctx, Dialogs dialogs) {
        this.window = window;
        this.ctx = ctx;
        this.dialogs = dialogs;
        this.m = ctx.ui();
    }

    void resume(WorkStates.Found found) {
        WorkState s = found.state();
        if (s == null) {
            return;
        }
        if (s.editor() != null) {
            resumeEditor(s.editor());
        } else if (s.sessionFile() != null) {
            window.files().open(Path.of(s.sessionFile()), () -> restore(s));
        } else if (s.unnamedFile() != null) {
            Path unnamed = Path.of(s.unnamedFile());
            ctx.background().execute(() -> {
                try {
                    Session session = ctx.store().readSession(unnamed);
                    MainWindow.onFx(() -> {
                        window.showSession(session, () -> window.sessionModel().open(session, null, unnamed, null));
                        restore(s);
                    });
                } catch (SessionFormatException e) {
                    MainWindow.onFx(() -> window.files().refused(unnamed, e));
                }
            });
        }
        settle(found, null);
    }

    /** The selection, the drafts and the countdown's place, once the session is on screen. */
    private void restore(WorkState s) {
        window.sessionModel().selectByIds(s.exerciseId(), s.groupId());
        SessionView view = window.sessionView();
        if (view != null) {
            view.setNoteDraft(s.noteDraft());
            view.drafts().restore(s.tableDrafts());
            view.setHarvestDrafts(s.harvestDrafts());
        }
        if (s.place() != null) {
            window.runModel().resumeAt(s.place());
        }
        if (view != null) {
            view.focusEntry(); // ready to type on where the typing stopped
        }
    }

    private void resumeEditor(WorkState.Editor e) {
        Path file = e.file() == null ? null : Path.of(e.file());
        byte[] bytes = e.document().getBytes(StandardCharsets.UTF_8);
        String name = e.title() == null ? "" : e.title();
        try {
            if (e.kind() == WorkState.Kind.DECK) {
                Deck deck = new DocumentReader().readDeck(name, bytes);
                window.editDeck(deck, file, true);
            } else {
                Session template = new DocumentReader().readTemplate(name, bytes);
                window.editTemplate(template, file, true);
            }
        } catch (SessionFormatException ex) {
            LOG.log(Level.WARNING, "the editor's draft could not be read back", ex);
            dialogs.error(m.get("error.open.title"), name, ex.describe(ctx.core()));
        }
    }

    /** The user puts the crashed state aside: kept in the data folder, not offered again. */
    void setAside(WorkStates.Found found, Runnable then) {
        settle(found, then);
    }

    private void settle(WorkStates.Found found, Runnable then) {
        ctx.background().execute(() -> {
            try {
                ctx.workStates().settle(found);
            } catch (IOException ex) {
                LOG.log(Level.WARNING, "cannot move the work state " + found.file(), ex);
            }
            if (then != null) {
                MainWindow.onFx(then);
            }
        });
    }
}
