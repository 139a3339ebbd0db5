package dk.vaerksted.core.session;

/**
 * A note taken at a table or in the harvest.
 *
 * @param stepId the step it belongs to, or null
 * @param at     ISO 8601 date-time with offset, kept exactly as written, or null
 */
public record Note(String stepId, String text, String at, Extras extras) {}
