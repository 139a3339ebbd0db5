package dk.vaerksted.ui.session;

import dk.vaerksted.core.session.Exercise;

/**
 * An exercise's time as its source gives it ("Ca. 10 minutter"), told apart from the minutes per
 * step, which are the facilitator's own plan.
 */
public final class StepTimes {
    private StepTimes() {}

    /** The source's own words for the exercise's time, or null when it gives none. */
    public static String sourceTime(Exercise e) {
        return e.time() == null || e.time().isBlank() ? null : e.time();
    }
}
