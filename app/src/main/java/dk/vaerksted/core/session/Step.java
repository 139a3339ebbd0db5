package dk.vaerksted.core.session;

/**
 * One step of an exercise.
 *
 * @param prompt  what the groups talk about; may be multi-line; null when the title says it all
 * @param minutes planned minutes, or null for an untimed step
 */
public record Step(String id, String title, String prompt, Double minutes, Extras extras) {}
