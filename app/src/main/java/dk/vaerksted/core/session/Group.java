package dk.vaerksted.core.session;

import java.util.List;

/** A table of participants working through an exercise. */
public record Group(String id, String name, List<String> members, String cardId, List<Note> notes, Extras extras) {

    public Group {
        members = List.copyOf(members);
        notes = List.copyOf(notes);
    }

    /** The name to show: the group's name, or its id when it has none. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
