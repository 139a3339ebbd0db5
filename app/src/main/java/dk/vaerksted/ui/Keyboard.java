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
 *
 * <p>A key that types (Space, a letter, + or −, "." ) acts on the countdown only when no more
 * typing follows within {@link #TYPING_PAUSE}: until then it is held. Another key that types in
 * that moment shows it was typing, and everything held goes into the note field, the cursor with
 * it ("og nu er det" typed after Esc is a note, not start–next–end). The same + or − again is a
 * second minute. Keys that never type (Page Up/Down, the arrows) act at once.
 */
final class Keyboard {
    /** How long a key that types waits for more typing before it acts on the countdown. */
    static final Duration TYPING_PAUSE = Duration.millis(350);

    private final RunViewModel run;
    private final SessionViewModel session;
    private final Supplier<SessionView> view;
    private final Runnable toggleBlank;
    private final PauseTransition hold = new PauseTransition(TYPING_PAUSE);
    private Runnable focusPresenter = () -> { };
    private Command held;
    private int heldTimes;
    private String heldText = "";
    private SessionView heldIn;
    /** The next typed event belongs to a key already dealt with on its press (held, or inserted). */
    private boolean swallow;
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
        hold.setOnFinished(e -> fireHeld());
    }

    /** Where F6 and Shift+F6 go: the day's program. */
    void onDay(java.util.function.Consumer<Boolean> action) {
        this.day = action;
    }

    /** Gives the presenter's window the keyboard (typing that began on the projector goes on there). */
    void setFocusPresenter(Runnable focusPresenter) {
        this.focusPresenter = focusPresenter;
    }

    /** Whether a key is held, waiting to see if more typing follows. */
    boolean pending() {
        return hold.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** The presenter's window: where the keyboard is follows its focus. */
    void installOnPresenter(Scene scene) {
        scene.getProperties().put(Keyboard.class, this); // tests wait on pending() through it
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed(e, placeIn(scene), false));
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> typed(e, placeIn(scene)));
    }

    /** The projector's window holds nothing to type into: the keyboard is the countdown's there. */
    void installOnProjector(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed(e, Place.COUNTDOWN, true));
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> typed(e, Place.COUNTDOWN));
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

    private void pressed(KeyEvent e, Place place, boolean projector) {
        swallow = false;
        SessionView v = view.get();
        if (v == null || v.getScene() == null) {
            return;
        }
        Node focused = e.getSource() instanceof Scene s ? s.getFocusOwner() : null;
        boolean hasText = focused instanceof TextInputControl t && !t.getText().isEmpty();
        Command c = KeyboardModel.decide(e, place, hasText);
        String text = e.getText() == null ? "" : e.getText();
        boolean types = !text.isEmpty() && !Character.isISOControl(text.charAt(0));
        if (c == Command.NONE) {
            if (place == Place.COUNTDOWN && types && !e.isShortcutDown() && !e.isAltDown()) {
                // Typing on the countdown: what was held was typing too, and the rest goes to the note.
                String before = takeHeld();
                insert(v, before);
                if (projector) {
                    focusPresenter.run();
                } else {
                    TextInputControl target = v.typingTarget();
                    if (target != null) {
                        target.requestFocus();
                    }
                }
            }
            return;
        }
        e.consume();
        // Nothing is typed on the board (it takes its own keys): a lone "b" is the clicker's at once.
        if (types && KeyboardModel.waitsForTyping(c) && !ownKeys(focused)) {
            swallow = true;
            if (!pending()) {
                held = c;
                heldTimes = 1;
                heldText = text;
                heldIn = v;
                hold.playFromStart();
            } else if (c == held && (c == Command.PLUS_MINUTE || c == Command.MINUS_MINUTE)) {
                heldTimes++;
                heldText += text;
                hold.playFromStart();
            } else {
                // A second key that types so soon: all of it was typing.
                insert(v, takeHeld() + text);
                if (projector) {
                    focusPresenter.run();
                }
            }
            return;
        }
        if (pending()) {
            fireHeld(); // a held key acts before the one that follows it
        }
        swallow = types; // Ctrl+Z's typed half ("z" on some systems) is not typing
        execute(c, v, e, focused);
    }

    private void execute(Command c, SessionView v, KeyEvent e, Node focused) {
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
            case UNDO -> session.undo();
            case REDO -> session.redo();
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

    /** The held key's moment passed with no more typing: it acts (a second + or −, twice). */
    private void fireHeld() {
        hold.stop();
        Command c = held;
        int times = heldTimes;
        SessionView in = heldIn;
        held = null;
        heldText = "";
        heldIn = null;
        if (c == null || in == null || view.get() != in) {
            return; // the session was left meanwhile
        }
        for (int i = 0; i < times; i++) {
            execute(c, in, null, null);
        }
    }

    /** What was held, as text, and nothing held any more. */
    private String takeHeld() {
        hold.stop();
        String t = heldText;
        held = null;
        heldText = "";
        heldIn = null;
        return t;
    }

    /**
     * A character typed where nothing types (a list, a button, the background, the countdown, the
     * projector): it goes into the field last written in, and the cursor with it. Whitespace alone
     * is not moved beside the fields (Space presses a focused button). What was held goes first.
     */
    private void typed(KeyEvent e, Place place) {
        String ch = e.getCharacter();
        if (swallow) {
            swallow = false;
            e.consume(); // the typed half of a key dealt with when it was pressed
            return;
        }
        SessionView v = view.get();
        if (v == null || place == Place.TEXT_FIELD
                || (e.getSource() instanceof Scene s && ownKeys(s.getFocusOwner()))) {
            return;
        }
        if (ch == null || ch.isEmpty() || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        if ((e.isControlDown() && !e.isAltDown()) || e.isMetaDown()) {
            return; // a shortcut, not typing (AltGr, Ctrl+Alt on Windows, types @, € and {)
        }
        if (pending()) {
            ch = takeHeld() + ch;
        } else if (ch.isBlank() && place == Place.ELSEWHERE) {
            return;
        }
        e.consume();
        insert(v, ch);
    }

    /** Whether the node lies in a view that takes its own keys ({@link KeyboardModel#OWN_KEYS}). */
    private static boolean ownKeys(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x.getProperties().containsKey(KeyboardModel.OWN_KEYS)) {
                return true;
            }
        }
        return false;
    }

    private static void insert(SessionView v, String text) {
        TextInputControl target = v.typingTarget();
        if (target != null && !target.isDisabled() && text != null && !text.isEmpty()) {
            target.requestFocus();
            target.insertText(target.getCaretPosition(), text);
        }
    }
}
