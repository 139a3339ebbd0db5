package dk.vaerksted.core.session;

import java.util.List;
import java.util.Optional;

/**
 * A timed group exercise.
 *
 * @param intro  the text that frames the task, shown before the steps (with card markup); may be null
 * @param time   the exercise's time in the source's own words ("Ca. 10 minutter"), shown as is; null
 *               when the source gives none. Step minutes are the facilitator's plan, not the source's.
 * @param source where the exercise comes from (document and date); may be null
 */
public record Exercise(
        String id, String title, String intro, String time, String source, List<Step> steps, List<Group> groups,
        List<StepRun> run, Extras extras) {

    public Exercise {
        steps = List.copyOf(steps);
        groups = List.copyOf(groups);
        run = List.copyOf(run);
    }

    /**
     * An exercise without a time or source of its own (one the facilitator makes). A copy of an
     * exercise must keep them: use the canonical constructor.
     */
    public Exercise(String id, String title, String intro, List<Step> steps, List<Group> groups, List<StepRun> run,
            Extras extras) {
        this(id, title, intro, null, null, steps, groups, run, extras);
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** The sum of the timed steps' minutes (untimed steps count 0). */
    public double plannedMinutes() {
        return steps.stream().mapToDouble(s -> s.minutes() == null ? 0 : s.minutes()).sum();
    }
}
