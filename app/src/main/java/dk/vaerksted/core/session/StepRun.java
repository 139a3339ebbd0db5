package dk.vaerksted.core.session;

/** What actually happened when a step was timed; date-times are kept exactly as written. */
public record StepRun(String stepId, String startedAt, String endedAt, Double pausedSeconds, Extras extras) {}
