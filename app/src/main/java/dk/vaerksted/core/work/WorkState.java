package dk.vaerksted.core.work;

import dk.vaerksted.core.timer.ExerciseRunner;
import java.util.List;

/**
 * Where the facilitator was, kept on disk while the app runs so that nothing is lost to a crash
 * or a power cut: the open session (its file, or its autosave in the recovery folder), the
 * selected exercise and table, the note being typed and the harvest fields' text, the countdown's
 * place, and the draft of a deck or exercise being edited.
 *
 * @param sessionFile   the session's own file, or null
 * @param unnamedFile   the unnamed session's autosave in the recovery folder, or null
 * @param noteDraft     the note field's text, not yet added
 * @param harvestDrafts the harvest fields' text, in prompt order
 * @param place         the countdown's place, or null
 * @param editor        a deck or exercise being edited, or null
 * @param tableDrafts   the notes half typed at other tables (each table keeps its own)
 * @param stepNumber    the countdown's step, counted from 1 (null: not known)
 */
public record WorkState(String sessionFile, String unnamedFile, String sessionTitle, String exerciseId,
        String groupId, String noteDraft, List<String> harvestDrafts, ExerciseRunner.Place place, Editor editor,
        List<TableDraft> tableDrafts, Integer stepNumber) {

    /** A note half typed at a table that is not the selected one. */
    public record TableDraft(String exerciseId, String groupId, String text) {}

    /** The draft in an editor: the document as the editor shows it, and the file it came from (null if new). */
    public record Editor(Kind kind, String file, String title, String document) {}

    public enum Kind { DECK, TEMPLATE }

    public WorkState {
        harvestDrafts = harvestDrafts == null ? List.of() : List.copyOf(harvestDrafts);
        tableDrafts = tableDrafts == null ? List.of() : List.copyOf(tableDrafts);
    }

    /** A state with no drafts at other tables and no step number. */
    public WorkState(String sessionFile, String unnamedFile, String sessionTitle, String exerciseId, String groupId,
            String noteDraft, List<String> harvestDrafts, ExerciseRunner.Place place, Editor editor) {
        this(sessionFile, unnamedFile, sessionTitle, exerciseId, groupId, noteDraft, harvestDrafts, place, editor,
                List.of(), null);
    }

    public static final WorkState EMPTY = new WorkState(null, null, null, null, null, null, List.of(), null, null);

    /** Whether there is anything to offer back. */
    public boolean isEmpty() {
        return sessionFile == null && unnamedFile == null && editor == null;
    }

    /** Whether a note or harvest text was being typed. */
    public boolean hasDrafts() {
        return (noteDraft != null && !noteDraft.isBlank()) || harvestDrafts.stream().anyMatch(d -> d != null && !d.isBlank())
                || tableDrafts.stream().anyMatch(d -> d.text() != null && !d.text().isBlank());
    }

    /** The first text being typed: the selected table's note, another table's, or a harvest field's (null: none). */
    public String firstDraft() {
        if (noteDraft != null && !noteDraft.isBlank()) {
            return noteDraft;
        }
        for (TableDraft d : tableDrafts) {
            if (d.text() != null && !d.text().isBlank()) {
                return d.text();
            }
        }
        return harvestDrafts.stream().filter(d -> d != null && !d.isBlank()).findFirst().orElse(null);
    }
}
