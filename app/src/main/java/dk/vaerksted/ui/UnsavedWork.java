package dk.vaerksted.ui;

import dk.vaerksted.core.work.WorkState;

/**
 * A screen that can hold changes not yet saved (the deck and exercise editors): the window asks
 * before it leaves one (another screen, another file, quitting), and keeps its draft for crash
 * recovery.
 */
public interface UnsavedWork {
    /** Whether leaving now would lose something. */
    boolean hasUnsavedChanges();

    /** Saves in the background; {@code then} runs on the FX thread if it worked (a failure is shown). */
    void save(Runnable then);

    /** The name to ask about ("Mine kort"). */
    String unsavedName();

    /** The draft as it stands, for the work state (null when there is nothing unsaved). */
    WorkState.Editor draft();

    /** Called on every change of the draft. */
    void setOnDraftChanged(Runnable r);

    /** The question before leaving, when the screen words it itself (null: "Save the changes to NAME?"). */
    default Question question() {
        return null;
    }

    /** What the window asks (Gem / Kassér / Fortryd): the question, and what the buttons do. */
    record Question(String header, String text) {}
}
