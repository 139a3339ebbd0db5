package dk.vaerksted.bench;

import dk.vaerksted.core.session.Autosave;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import dk.vaerksted.core.session.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The process {@link CrashHarness} kills: a facilitator typing a note every 15 ms into a session
 * with the app's autosave, announcing each note (number and monotonic time) once it is in memory.
 */
public final class CrashTarget {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path sample = Path.of(args[1]);
        // As the app saves: keeping versions in a data folder beside the file.
        SessionStore store = new SessionStore(new DocumentReader(), new dk.vaerksted.core.session.DocumentWriter(),
                new dk.vaerksted.core.session.Versions(file.toAbsolutePath().resolveSibling("versions")));
        Session session = new DocumentReader().readSession(sample.toString(), Files.readAllBytes(sample));
        Autosave autosave = new Autosave(store, Executors.newSingleThreadScheduledExecutor(), Duration.ofMillis(400),
                Duration.ofMillis(530), r -> { });
        autosave.warmUp(session);
        String exercise = session.exercises().get(0).id();
        String group = session.exercises().get(0).groups().get(0).id();
        List<Note> notes = new ArrayList<>(session.exercises().get(0).groups().get(0).notes());
        for (int n = 0; ; n++) {
            notes.add(new Note(null, "crash-note-" + n, null, Extras.NONE));
            session = SessionEdits.withGroupNotes(session, exercise, group, List.copyOf(notes));
            autosave.changed(session, file);
            System.out.println(n + " " + System.nanoTime());
            System.out.flush();
            Thread.sleep(15);
        }
    }
}
