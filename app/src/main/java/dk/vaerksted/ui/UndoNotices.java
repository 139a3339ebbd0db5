package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.ui.session.UndoHistory;
import javafx.geometry.Pos;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Says what Ctrl+Z took back (or Ctrl+Y did again) and where, for a moment at the window's
 * corner: an undo that changes a table the facilitator is not looking at is never silent.
 */
final class UndoNotices {
    private UndoNotices() {}

    static void install(UndoHistory history, Stage owner, Messages m) {
        history.lastProperty().addListener((o, a, done) -> {
            if (done != null && owner.isShowing()) {
                Notifications.create().owner(owner).position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(4))
                        .text(text(done, m)).show();
            }
        });
    }

    /** "Fortrudt: en note ved Bord 1 · Ctrl+Y gentager". */
    static String text(UndoHistory.Done done, Messages m) {
        String what = done.groupName() != null
                ? m.get("undo.kind." + done.where().kind().name().toLowerCase(java.util.Locale.ROOT) + ".at", done.groupName())
                : m.get("undo.kind." + done.where().kind().name().toLowerCase(java.util.Locale.ROOT));
        return m.get(done.redone() ? "undo.redone" : "undo.undone", what);
    }
}
