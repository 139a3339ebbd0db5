package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's minutes as a facilitator types them, in every editor alike: the whole text a number
 * ("8", "2,5", "2.5" — a comma or a period is the decimal separator in either language), above 0
 * and at most {@link #MAX}. Strict on purpose: a lenient Danish number format read "1.5" as 15,
 * so no thousands grouping is accepted and at most two decimals ("1.000" is refused, not read as
 * one or as a thousand).
 */
public final class Minutes {
    /** The longest step an editor accepts: four hours. */
    public static final double MAX = 240;

    /** Digits, then optionally a separator and digits; at least one digit on either side. */
    private static final Pattern NUMBER = Pattern.compile("(\\d*)(?:[.,](\\d*))?");
    private static final int MAX_DECIMALS = 2;

    private Minutes() {}

    /**
     * What a text says: the minutes, or why it is refused as a key of the {@code ui} bundle with
     * its arguments.
     *
     * @param minutes    the value, or null when refused
     * @param problemKey null when accepted
     */
    public record Check(Double minutes, String problemKey, List<Object> args) {
        public Check {
            args = List.copyOf(args);
        }

        public boolean ok() {
            return minutes != null;
        }

        /** Why the text was refused, in the language of {@code ui}; null when it was accepted. */
        public String problem(Messages ui) {
            return problemKey == null ? null : ui.get(problemKey, args.toArray());
        }

        private static Check refused(String key, Object... args) {
            return new Check(null, key, List.of(args));
        }
    }

    /** Reads the minutes typed, or says why not (see the class comment for the rules). */
    public static Check check(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Check.refused("minutes.empty");
        }
        boolean negative = t.startsWith("-") || t.startsWith("−");
        String digits = negative ? t.substring(1).strip() : t;
        Matcher m = NUMBER.matcher(digits);
        if (!m.matches() || (m.group(1).isEmpty() && (m.group(2) == null || m.group(2).isEmpty()))
                || (m.group(2) != null && m.group(2).isEmpty())) {
            return Check.refused("minutes.notNumber", t);
        }
        if (m.group(2) != null && m.group(2).length() > MAX_DECIMALS) {
            return Check.refused("minutes.decimals", t);
        }
        BigDecimal value = new BigDecimal((m.group(1).isEmpty() ? "0" : m.group(1))
                + (m.group(2) == null ? "" : "." + m.group(2)));
        if (negative || value.signum() <= 0) {
            return Check.refused("minutes.notPositive");
        }
        if (value.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            return Check.refused("minutes.tooLong", (int) MAX);
        }
        return new Check(value.doubleValue(), null, List.of());
    }

    /** The minutes typed if {@link #check} accepts them; otherwise null. */
    public static Double parse(String text) {
        return check(text).minutes();
    }

    /**
     * As {@link #parse(String)}; the language no longer matters (a comma and a period are both the
     * decimal separator). Kept for the editors that call it.
     */
    public static Double parse(String text, Locale locale) {
        return parse(text);
    }

    /** Why optional minutes cannot be used, in the UI's words; null when they can (an empty text is "untimed"). */
    public static String problemOrNull(String text, Messages ui) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Check c = check(text);
        return c.ok() ? null : c.problem(ui);
    }
}
