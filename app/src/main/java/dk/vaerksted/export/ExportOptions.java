package dk.vaerksted.export;

/**
 * Choices the facilitator makes for one export.
 *
 * @param withNames print the members of each group; names are personal data, so this is opt-in
 */
public record ExportOptions(boolean withNames) {
    public static final ExportOptions DEFAULT = new ExportOptions(false);
}
