package dk.vaerksted.ui;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** A step's minutes as a facilitator types them ("8", "2,5" in Danish), in every editor alike. */
public final class Minutes {
    /** The longest step an editor accepts: four hours. */
    public static final double MAX = 240;

    private Minutes() {}

    /** The minutes typed, if the whole text is a number above 0 and at most {@link #MAX}; otherwise null. */
    public static Double parse(String text, Locale locale) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        ParsePosition pos = new ParsePosition(0);
        Number n = NumberFormat.getNumberInstance(locale).parse(t, pos);
        if (n == null || t.isEmpty() || pos.getIndex() != t.length()) {
            return null;
        }
        double d = n.doubleValue();
        return d > 0 && d <= MAX ? d : null;
    }
}
