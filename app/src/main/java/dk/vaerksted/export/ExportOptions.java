package dk.vaerksted.export;

/**
 * Choices the facilitator makes for one export.
 *
 * @param withNames    print the members of each group; names are personal data, so this is opt-in
 * @param overviewOnly only the first part: the overview (key points, themes, harvest, most used
 *                     words), the page or two a manager reads — no exercises, no table notes
 */
public record ExportOptions(boolean withNames, boolean overviewOnly) {
    public static final ExportOptions DEFAULT = new ExportOptions(false, false);

    public ExportOptions(boolean withNames) {
        this(withNames, false);
    }
}
