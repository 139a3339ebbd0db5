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
 * with the app's autosave, the next note half-typed in the field and the countdown running, kept
 * in the work state as the app keeps them; each note (number and monotonic time) is announced once
 * it is in memory.
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
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        dk.vaerksted.core.work.WorkStates work = new dk.vaerksted.core.work.WorkStates(
                file.toAbsolutePath().resolveSibling("work"), scheduler);
        long started = System.currentTimeMillis();
        for (int n = 0; ; n++) {
            notes.add(new Note(null, "crash-note-" + n, null, Extras.NONE));
            session = SessionEdits.withGroupNotes(session, exercise, group, List.copyOf(notes));
            autosave.changed(session, file);
            // The next note half-typed, and the countdown's place: 8 minutes less the time run so far.
            long ran = (System.currentTimeMillis() - started) * 1_000_000L;
            work.update(new dk.vaerksted.core.work.WorkState(file.toString(), null, session.title(), exercise, group,
                    "crash-draft-" + n, List.of(), new dk.vaerksted.core.timer.ExerciseRunner.Place(exercise,
                            session.exercises().get(0).steps().get(0).id(), 480_000_000_000L - ran, 480_000_000_000L,
                            "2024-05-29T10:00:00+02:00", 0, false, System.currentTimeMillis()), null));
            System.out.println(n + " " + System.nanoTime());
            System.out.flush();
            Thread.sleep(15);
        }
    }
}
