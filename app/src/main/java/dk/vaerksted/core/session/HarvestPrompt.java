package dk.vaerksted.core.session;

import java.util.List;

/**
 * A prompt of the plenary harvest with the notes collected under it.
 *
 * @param source where the prompt comes from (document and date), or null
 */
public record HarvestPrompt(String prompt, String source, List<Note> notes, Extras extras) {

    public HarvestPrompt {
        notes = List.copyOf(notes);
    }

    /** A prompt without a source (one the facilitator writes). A copy must keep the source. */
    public HarvestPrompt(String prompt, List<Note> notes, Extras extras) {
        this(prompt, null, notes, extras);
    }
}
