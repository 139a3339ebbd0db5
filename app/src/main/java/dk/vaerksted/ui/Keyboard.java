package dk.vaerksted.ui;

import dk.vaerksted.ui.KeyboardModel.Command;
import dk.vaerksted.ui.KeyboardModel.Place;
import dk.vaerksted.ui.session.SessionView;
import dk.vaerksted.ui.session.SessionViewModel;
import dk.vaerksted.ui.timer.RunViewModel;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * Carries out {@link KeyboardModel}'s decisions in the presenter's window and the projector's:
 * finds where the keyboard is, runs the command, and puts stray typing where it belongs.
 */
final class Keyboard {
    /** How long a lone "b" or "." waits for more typing before it blanks the projector. */
    static final Duration TYPING_PAUSE = Duration.millis(350);

    private final RunViewModel run;
    private final SessionViewModel session;
    private final Supplier<SessionView> view;
    private final Runnable toggleBlank;
    private final PauseTransition pendingBlank = new PauseTransition(TYPING_PAUSE);
    private String heldCharacter;
    /** The day's program: told true for F6 (on), false for Shift+F6 (back). */
    private java.util.function.Consumer<Boolean> day = forward -> { };

    /**
     * @param view        the session on screen, or null (start screen, editors): then nothing here applies
     * @param toggleBlank blacks the projector out, or brings it back
     */
    Keyboard(RunViewModel run, SessionViewModel session, Supplier<SessionView> view, Runnable toggleBlank) {
        this.run = run;
        this.session = session;
        this.view = view;
        this.toggleBlank = toggleBlank;
        pendingBlank.setOnFinished(e -> {
            heldCharacter = null;
            toggleBlank.run();
        });
    }

    /** Where F6 and Shift+F6 go: the day's program. */
    void onDay(java.util.function.Consumer<Boolean> action) {
        this.day = action;
    }

    /** Whether a lone "b" or "." waits to see if more typing follows. */
    boolean blankPending() {
        return pendingBlank.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** The presenter's window: where the keyboard is follows its focus. */
    void installOnPresenter(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed(e, placeIn(scene)));
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> typed(e, placeIn(scene)));
    }

    /** The projector's window holds nothing to type into: the keyboard is the countdown's there. */
    void installOnProjector(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed(e, Place.COUNTDOWN));
        scene.addEventFilter(KeyEvent.KEY_TYPED, KeyEvent::consume);
    }

    private Place placeIn(Scene scene) {
        Node focused = scene.getFocusOwner();
        if (focused instanceof TextInputControl t && t.isEditable()) {
            return Place.TEXT_FIELD;
        }
        SessionView v = view.get();
        if (v != null && v.countdownHasKeyboard()) {
            return Place.COUNTDOWN;
        }
        return Place.ELSEWHERE;
    }

    private void pressed(KeyEvent e, Place place) {
        SessionView v = view.get();
        if (v == null || v.getScene() == null) {
            return;
        }
        Node focused = e.getSource() instanceof Scene s ? s.getFocusOwner() : null;
        boolean hasText = focused instanceof TextInputControl t && !t.getText().isEmpty();
        Command c = KeyboardModel.decide(e, place, hasText);
        if (c == Command.NONE) {
            return;
        }
        e.consume();
        switch (c) {
            case START_PAUSE -> run.toggle();
            case PLUS_MINUTE -> run.plusMinute();
            case MINUS_MINUTE -> run.minusMinute();
            case NEXT_STEP -> run.next();
            case PREVIOUS_STEP, BACK -> run.previous();
            case RESTART_STEP -> run.restart();
            case END_EXERCISE -> run.finish();
            case ADVANCE -> run.advance();
            case DAY_NEXT -> day.accept(true);
            case DAY_BACK -> day.accept(false);
            case BLANK -> toggleBlank.run();
            case BLANK_UNLESS_TYPING -> {
                if (pendingBlank.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                    // A second one so soon is typing: the held character goes first, this one follows.
                    pendingBlank.stop();
                    insert(v, heldCharacter);
                    heldCharacter = null;
                } else {
                    heldCharacter = e.getText();
                    pendingBlank.playFromStart();
                }
            }
            case UNDO -> session.undo();
            case TABLE_BY_DIGIT -> {
                session.selectGroupAt(KeyboardModel.digit(e.getCode()) - 1);
                v.focusEntry();
            }
            case NEXT_TABLE, PREVIOUS_TABLE -> {
                session.selectNeighbourGroup(c == Command.NEXT_TABLE ? 1 : -1);
                v.focusEntry();
            }
            case GO_TO_TABLE -> v.askForTable();
            case LEAVE_FIELD -> {
                if (!dk.vaerksted.ui.session.NoteEntry.escape(focused)) {
                    v.focusCountdown();
                }
            }
            default -> { }
        }
    }

    /**
     * A character typed where nothing types (a list, a button, the background): it goes into the
     * field last written in, and the cursor with it. Whitespace alone is not moved (Space presses a
     * focused button). A "b" or "." held back as a possible black screen goes first.
     */
    private void typed(KeyEvent e, Place place) {
        SessionView v = view.get();
        if (v == null || place != Place.ELSEWHERE) {
            return;
        }
        String ch = e.getCharacter();
        // A shortcut (Ctrl+K) is no typing, whatever character the system reports with it.
        if (ch == null || ch.isEmpty() || Character.isISOControl(ch.charAt(0)) || e.isShortcutDown()) {
            return;
        }
        if (pendingBlank.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            if (ch.equals(heldCharacter)) {
                e.consume(); // the held key's own typed event
                return;
            }
            pendingBlank.stop();
            ch = heldCharacter + ch;
            heldCharacter = null;
        } else if (ch.isBlank()) {
            return;
        }
        e.consume();
        insert(v, ch);
    }

    private static void insert(SessionView v, String text) {
        TextInputControl target = v.typingTarget();
        if (target != null && !target.isDisabled() && text != null) {
            target.requestFocus();
            target.insertText(target.getCaretPosition(), text);
        }
    }
}
