package dk.vaerksted.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Changes to an immutable session: each returns a new session with one part replaced. */
public final class SessionEdits {
    private SessionEdits() {}

    public static Session withExercises(Session s, List<Exercise> exercises) {
        return new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), s.cards(), exercises,
                s.harvest(), s.extras());
    }

    public static Session withHarvest(Session s, List<HarvestPrompt> harvest) {
        return new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), s.cards(), s.exercises(),
                harvest, s.extras());
    }

    /** Replaces one exercise (by id) with what {@code change} makes of it. */
    public static Session mapExercise(Session s, String exerciseId, UnaryOperator<Exercise> change) {
        List<Exercise> out = new ArrayList<>();
        for (Exercise e : s.exercises()) {
            out.add(e.id().equals(exerciseId) ? change.apply(e) : e);
        }
        return withExercises(s, out);
    }

    public static Session withRuns(Session s, String exerciseId, List<StepRun> runs) {
        return mapExercise(s, exerciseId, e -> new Exercise(e.id(), e.title(), e.intro(), e.steps(), e.groups(), runs,
                e.extras()));
    }

    public static Session withGroupNotes(Session s, String exerciseId, String groupId, List<Note> notes) {
        return mapExercise(s, exerciseId, e -> {
            List<Group> groups = new ArrayList<>();
            for (Group g : e.groups()) {
                groups.add(g.id().equals(groupId)
                        ? new Group(g.id(), g.name(), g.members(), g.cardId(), notes, g.extras()) : g);
            }
            return new Exercise(e.id(), e.title(), e.intro(), e.steps(), groups, e.run(), e.extras());
        });
    }

    public static Session withHarvestNotes(Session s, int promptIndex, List<Note> notes) {
        List<HarvestPrompt> harvest = new ArrayList<>(s.harvest());
        HarvestPrompt h = harvest.get(promptIndex);
        harvest.set(promptIndex, new HarvestPrompt(h.prompt(), notes, h.extras()));
        return withHarvest(s, harvest);
    }

    public static Optional<Exercise> exercise(Session s, String exerciseId) {
        return s.exercises().stream().filter(e -> e.id().equals(exerciseId)).findFirst();
    }

    public static Optional<Group> group(Exercise e, String groupId) {
        return e.groups().stream().filter(g -> g.id().equals(groupId)).findFirst();
    }
}
