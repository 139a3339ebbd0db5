package dk.vaerksted.export;

import java.time.ZoneId;

/**
 * Choices the facilitator makes for one export.
 *
 * @param withNames    print the members of each group; names are personal data, so this is opt-in
 * @param overviewOnly only the first part: the overview (key points, themes, harvest, most used
 *                     words), the page or two a manager reads — no exercises, no table notes
 * @param zone         the time zone the spreadsheets' times are written in: the computer's, so a
 *                     note's time reads as the clocks in the room said it
 */
public record ExportOptions(boolean withNames, boolean overviewOnly, ZoneId zone) {
    public static final ExportOptions DEFAULT = new ExportOptions(false, false);

    public ExportOptions(boolean withNames, boolean overviewOnly) {
        this(withNames, overviewOnly, ZoneId.systemDefault());
    }

    public ExportOptions(boolean withNames) {
        this(withNames, false);
    }

    /** The same choices, with times written in {@code z}. */
    public ExportOptions withZone(ZoneId z) {
        return new ExportOptions(withNames, overviewOnly, z);
    }
}
