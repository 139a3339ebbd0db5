package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.ui.session.UndoHistory;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Says what Ctrl+Z took back (or Ctrl+Y did again) and where, for a few seconds at the window's
 * lower right corner: an undo that changes a table the facilitator is not looking at is never
 * silent. The notice is drawn in the window itself, on its own background in the theme's colours
 * (a popup drew the text with nothing behind it), and lies over the screen without taking the
 * mouse or the keyboard: typing goes on where it was.
 */
final class UndoNotices {
    /** How long a notice stays; another undo in that time replaces it and starts again. */
    static final long SHOWN_NANOS = 4_000_000_000L;

    private UndoNotices() {}

    /**
     * The layer to lay over the window's content, showing what {@code history} undoes and redoes
     * until {@code nanos} (the app's monotonic clock) has moved on by {@link #SHOWN_NANOS}.
     */
    static Node layer(UndoHistory history, Messages m, LongSupplier nanos) {
        Label notice = new Label();
        notice.setId("undo-notice");
        notice.getStyleClass().add("vk-toast");
        notice.setWrapText(true);
        notice.setMaxWidth(520);
        notice.setAccessibleRole(AccessibleRole.TEXT);
        notice.setVisible(false);
        long[] shownAt = new long[1];
        AnimationTimer hide = new AnimationTimer() {
            @Override
            public void handle(long frame) {
                if (nanos.getAsLong() - shownAt[0] >= SHOWN_NANOS) {
                    notice.setVisible(false);
                    stop();
                }
            }
        };
        history.lastProperty().addListener((o, a, done) -> {
            if (done != null) {
                notice.setText(text(done, m));
                notice.setVisible(true);
                shownAt[0] = nanos.getAsLong();
                hide.start();
            }
        });
        StackPane layer = new StackPane(notice);
        layer.setAlignment(Pos.BOTTOM_RIGHT);
        layer.setPadding(new Insets(0, 24, 24, 0));
        layer.setPickOnBounds(false);
        layer.setMouseTransparent(true);
        layer.setFocusTraversable(false);
        return layer;
    }

    /** "Fortrudt: en note ved Bord 1 · Ctrl+Y gentager". */
    static String text(UndoHistory.Done done, Messages m) {
        String what = done.groupName() != null
                ? m.get("undo.kind." + done.where().kind().name().toLowerCase(java.util.Locale.ROOT) + ".at", done.groupName())
                : m.get("undo.kind." + done.where().kind().name().toLowerCase(java.util.Locale.ROOT));
        return m.get(done.redone() ? "undo.redone" : "undo.undone", what);
    }
}
