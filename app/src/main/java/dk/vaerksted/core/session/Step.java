package dk.vaerksted.core.session;

/**
 * One step of an exercise. Title and prompt carry card markup ({@code *emphasis*}, {@code **strong**};
 * see {@link dk.vaerksted.core.card.Emphasis}).
 *
 * @param prompt  what the groups talk about; may be multi-line; null when the title says it all
 * @param minutes the facilitator's planned minutes, or null for an untimed step (a source's own
 *                time for a whole exercise is {@link Exercise#time()})
 */
public record Step(String id, String title, String prompt, Double minutes, Extras extras) {}
