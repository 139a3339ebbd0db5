package dk.vaerksted.ui.board;

import dk.vaerksted.core.board.BoardEdits;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.ui.Subscriptions;
import dk.vaerksted.ui.audience.AudienceView;
import dk.vaerksted.ui.session.SessionView;
import dk.vaerksted.ui.session.SessionViewModel;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The harvest board as a mode of the session's screen: *Høst* (the menu, or the button under the
 * tables) puts the board where the tables, notes and countdown were — the session's header, its
 * save state, the half-typed note and the keyboard's clicker keys stay — and *← Noterne* (or Høst
 * again) puts them back. The board's state (filters, what the projector shows) lives as long as
 * the session's screen; the projector's board layer is cleared when the screen goes.
 */
public final class BoardMode {
    /** The projector, for the board's layer. */
    public interface Projector {
        /** The projector's view; {@code open}: open the projector first if it is not showing. Null when none. */
        AudienceView view(boolean open);
    }

    private static final String KEY = BoardMode.class.getName();

    private final SessionView view;
    private final BoardViewModel model;
    private final BoardView board;
    private final BoardProjection projection;
    private final Projector projector;
    private final Subscriptions subs = new Subscriptions();
    private Node before;

    private BoardMode(SessionView view, SessionViewModel session, Messages m, Executor background,
            Projector projector) {
        this.view = view;
        this.projector = projector;
        this.model = new BoardViewModel(session.sessionProperty(), session::edit, BoardEdits.random());
        if (session.exerciseProperty().get() != null) {
            model.exerciseProperty().set(session.exerciseProperty().get().id());
        }
        this.board = new BoardView(model, m, this::close);
        this.projection = new BoardProjection(model, m, subs, background, Platform::runLater);
        subs.onChange(model.projectionProperty(), (o, a, p) -> project());
        view.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                dispose();
            }
        });
    }

    /** Shows the board over the session's screen, or the notes again when it is showing. */
    public static void toggle(SessionView view, SessionViewModel session, Messages m, Executor background,
            Projector projector) {
        BoardMode mode = (BoardMode) view.getProperties().get(KEY);
        if (mode == null) {
            mode = new BoardMode(view, session, m, background, projector);
            view.getProperties().put(KEY, mode);
        }
        if (mode.showing()) {
            mode.close();
        } else {
            mode.open();
        }
    }

    /** The board on the session's screen, if it has one (for tests). */
    public static BoardViewModel modelOf(SessionView view) {
        BoardMode mode = (BoardMode) view.getProperties().get(KEY);
        return mode == null ? null : mode.model;
    }

    private boolean showing() {
        return view.getCenter() == board;
    }

    private void open() {
        before = view.getCenter();
        view.setCenter(board);
        board.focusWall();
        project();
    }

    private void close() {
        if (showing() && before != null) {
            view.setCenter(before);
            view.focusEntry();
        }
    }

    /** The projector's board layer follows what the facilitator chose. */
    private void project() {
        Node shown = projection.shown();
        AudienceView a = projector.view(shown != null);
        if (a != null) {
            a.boardProperty().set(shown);
        }
    }

    private void dispose() {
        AudienceView a = projector.view(false);
        if (a != null && a.boardProperty().get() == projection) {
            a.boardProperty().set(null);
        }
        subs.dispose();
        board.dispose();
        model.dispose();
    }
}
