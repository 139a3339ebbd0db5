package dk.vaerksted.core.session;

import java.util.List;

/** A prompt of the plenary harvest with the notes collected under it. */
public record HarvestPrompt(String prompt, List<Note> notes, Extras extras) {

    public HarvestPrompt {
        notes = List.copyOf(notes);
    }
}
