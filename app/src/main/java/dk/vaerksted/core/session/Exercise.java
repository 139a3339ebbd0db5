package dk.vaerksted.core.session;

import java.util.List;
import java.util.Optional;

/**
 * A timed group exercise.
 *
 * @param intro the text that frames the task, shown before the steps; may be null
 */
public record Exercise(
        String id, String title, String intro, List<Step> steps, List<Group> groups, List<StepRun> run, Extras extras) {

    public Exercise {
        steps = List.copyOf(steps);
        groups = List.copyOf(groups);
        run = List.copyOf(run);
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** The sum of the timed steps' minutes (untimed steps count 0). */
    public double plannedMinutes() {
        return steps.stream().mapToDouble(s -> s.minutes() == null ? 0 : s.minutes()).sum();
    }
}
