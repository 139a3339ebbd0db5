package dk.vaerksted.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Which key does what, and from where. Three places can hold the keyboard:
 *
 * <ul>
 *   <li><b>a text field</b> (a note, the harvest, a dialog): it types everything that can be typed —
 *       letters, Space, digits, + and −. Only keys that never type act beside it: a clicker's Page
 *       Down / Page Up, F5, the app's Ctrl shortcuts; Esc leaves the field for the countdown.</li>
 *   <li><b>the countdown</b> (the presenter's countdown panel once clicked or reached with Esc, and
 *       the projector window): Space start/pause/resume, + / − a minute, N or → next step, P or ←
 *       previous step, R restart the step, E end the exercise, B or . black screen. A key that
 *       types acts only when no more typing follows within a moment: typing there goes into the
 *       note field instead, every character of it.</li>
 *   <li><b>anywhere else</b> (a list, a button, nothing): no letter acts on the countdown — stray
 *       typing can never start, skip or end it. A character typed there goes into the field
 *       last written in (the note field by default), as the typist meant.</li>
 * </ul>
 *
 * Everywhere: Page Down advances (starts a ready step, else the next step) and Page Up goes back,
 * so a presentation clicker always works; B or . blanks the projector wherever they do not type
 * (when no more typing follows within a moment, so "Bord 3 …" typed beside a field is text, not a
 * black screen); Ctrl+Z undoes the last change (a note, an edit, a timer action with what it
 * recorded) and Ctrl+Y or Ctrl+Shift+Z does it again, unless a text field with text takes them;
 * Ctrl+1…9, Ctrl+G and Alt+↑/↓ choose a table; F6 moves the day's
 * program on (Shift+F6 back: in a report-back round, or after the day has ended).
 */
public final class KeyboardModel {
    private KeyboardModel() {}

    /**
     * A node property: a view marked with it (the harvest board) takes its own keys — a character
     * typed there is not moved into the note field, and a lone "b" or "." blanks at once.
     */
    public static final String OWN_KEYS = "vaerksted.keyboard.ownKeys";

    /** Where the keyboard is. */
    public enum Place { TEXT_FIELD, COUNTDOWN, ELSEWHERE }

    /** What a key press asks for. */
    public enum Command {
        START_PAUSE, PLUS_MINUTE, MINUS_MINUTE, NEXT_STEP, PREVIOUS_STEP, RESTART_STEP, END_EXERCISE,
        ADVANCE, BACK, BLANK, UNDO, REDO, TABLE_BY_DIGIT, NEXT_TABLE, PREVIOUS_TABLE, GO_TO_TABLE, LEAVE_FIELD,
        /** F6: on in the day's program (the next item; in a report-back round the next table). */
        DAY_NEXT,
        /** Shift+F6: back to the table before, in a report-back round; after the day's end, the last item again. */
        DAY_BACK, NONE
    }

    /**
     * The command for a key press. {@code fieldHasText}: the focused text field holds text (then
     * it keeps Ctrl+Z for its own undo).
     */
    public static Command decide(KeyEvent e, Place place, boolean fieldHasText) {
        KeyCode code = e.getCode();
        boolean ctrl = e.isShortcutDown();
        if (ctrl && !e.isAltDown() && digit(code) > 0) {
            return Command.TABLE_BY_DIGIT;
        }
        if (ctrl && code == KeyCode.G) {
            return Command.GO_TO_TABLE;
        }
        if (e.isAltDown() && !ctrl && (code == KeyCode.UP || code == KeyCode.DOWN)) {
            return code == KeyCode.UP ? Command.PREVIOUS_TABLE : Command.NEXT_TABLE;
        }
        if (ctrl && code == KeyCode.Z && !e.isShiftDown()) {
            return place == Place.TEXT_FIELD && fieldHasText ? Command.NONE : Command.UNDO;
        }
        if (ctrl && (code == KeyCode.Y || code == KeyCode.Z && e.isShiftDown())) {
            return place == Place.TEXT_FIELD && fieldHasText ? Command.NONE : Command.REDO;
        }
        if (ctrl || e.isAltDown() || e.isMetaDown()) {
            return Command.NONE;
        }
        // A clicker's keys: they never type, so they work wherever the keyboard is.
        if (code == KeyCode.PAGE_DOWN) {
            return Command.ADVANCE;
        }
        if (code == KeyCode.PAGE_UP) {
            return Command.BACK;
        }
        // The day's key: a function key never types either, so it too works wherever the keyboard is.
        if (code == KeyCode.F6) {
            return e.isShiftDown() ? Command.DAY_BACK : Command.DAY_NEXT;
        }
        if (place == Place.TEXT_FIELD) {
            return code == KeyCode.ESCAPE ? Command.LEAVE_FIELD : Command.NONE;
        }
        String text = e.getText() == null ? "" : e.getText();
        boolean blankKey = (code == KeyCode.B && !e.isShiftDown()) || code == KeyCode.PERIOD || ".".equals(text);
        if (blankKey) {
            // A clicker's lone "b" or "." blanks, anywhere but in a text field.
            return Command.BLANK;
        }
        if (place != Place.COUNTDOWN) {
            return Command.NONE;
        }
        if (code == KeyCode.SPACE) {
            return Command.START_PAUSE;
        }
        if ("+".equals(text) || code == KeyCode.ADD || code == KeyCode.PLUS) {
            return Command.PLUS_MINUTE;
        }
        if ("-".equals(text) || code == KeyCode.SUBTRACT || code == KeyCode.MINUS) {
            return Command.MINUS_MINUTE;
        }
        return switch (code) {
            case N, RIGHT -> Command.NEXT_STEP;
            case P, LEFT -> Command.PREVIOUS_STEP;
            case R -> Command.RESTART_STEP;
            case E -> Command.END_EXERCISE;
            default -> Command.NONE;
        };
    }

    /**
     * Whether a command, when its key types a character, waits a moment for more typing before it
     * acts (then it was typing, and goes into the note field). Keys that never type act at once.
     */
    public static boolean waitsForTyping(Command c) {
        return switch (c) {
            case START_PAUSE, PLUS_MINUTE, MINUS_MINUTE, NEXT_STEP, PREVIOUS_STEP, RESTART_STEP, END_EXERCISE, BLANK -> true;
            default -> false;
        };
    }

    /** 1…9 for the digit keys (main row or keypad), else 0. */
    public static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            case DIGIT7, NUMPAD7 -> 7;
            case DIGIT8, NUMPAD8 -> 8;
            case DIGIT9, NUMPAD9 -> 9;
            default -> 0;
        };
    }
}
