package dk.vaerksted.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import dk.vaerksted.core.session.Exercise;

/**
 * An exercise's time as its source gives it ("Ca. 10 minutter"), told apart from the minutes per
 * step, which are the facilitator's own plan.
 */
public final class StepTimes {
    private StepTimes() {}

    /** The source's own words for the exercise's time, or null when it gives none. */
    public static String sourceTime(Exercise e) {
        JsonNode t = e.extras().fields().get("time");
        return t != null && t.isTextual() && !t.asText().isBlank() ? t.asText() : null;
    }
}
