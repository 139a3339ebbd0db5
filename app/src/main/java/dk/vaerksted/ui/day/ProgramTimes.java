package dk.vaerksted.ui.day;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.ui.Minutes;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program item's start and length as a Danish facilitator types them. A start is a clock time:
 * "9", "9.00", "09:30", "16,20", "1620", "kl. 16.20". A length is minutes ("15", "2,5", "15 min."),
 * hours ("1 t", "1½ time", "2 timer", "1,5 t") or both ("1 t 30 min", "1 time og 30 min", "1t30"),
 * or hours and minutes with a colon ("1:30"); English units too ("1 h 30 min", "2 hours"). A
 * period or a comma is a decimal point, as in every other minutes field ({@link Minutes}).
 */
final class ProgramTimes {
    private static final Pattern CLOCK = Pattern.compile("(?:kl\\.?\\s*)?(\\d{1,2})(?:\\s*[:.,]\\s*(\\d{2}))?");
    private static final Pattern CLOCK_DIGITS = Pattern.compile("(?:kl\\.?\\s*)?(\\d{1,2})(\\d{2})");
    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final Pattern LENGTH = Pattern.compile("(?:" + NUMBER + "\\s*(?:t|tim|time|timer|h|hr|hrs|hour|hours)\\.?)?"
            + "\\s*(?:og\\s+|and\\s+)?(?:" + NUMBER + "\\s*(?:m|min|minut|minutter|mins|minute|minutes)?\\.?)?");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private ProgramTimes() {}

    /** The clock time typed, or null when the text is not one. */
    static LocalTime clock(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher x = CLOCK.matcher(t);
        if (!x.matches()) {
            x = CLOCK_DIGITS.matcher(t);
            if (!x.matches()) {
                return null;
            }
        }
        int h = Integer.parseInt(x.group(1));
        int min = x.group(2) == null ? 0 : Integer.parseInt(x.group(2));
        return h < 24 && min < 60 ? LocalTime.of(h, min) : null;
    }

    /** Why a start cannot be used, in the UI's words; null when it can (an empty start follows on). */
    static String startProblem(String text, Messages ui) {
        return text == null || text.isBlank() || clock(text) != null ? null
                : ui.get("program.edit.problem.start", text.strip());
    }

    /** The length typed in minutes, or null when it cannot be read or is out of bounds. */
    static Double minutes(String text) {
        String plain = plainMinutes(text);
        return plain == null ? null : Minutes.parse(plain);
    }

    /** Why a length cannot be used, in the UI's words; null when it can (an empty length lasts to the next start). */
    static String minutesProblem(String text, Messages ui) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = plainMinutes(text);
        if (plain == null) {
            return ui.get("program.edit.problem.minutes", text.strip());
        }
        return Minutes.problemOrNull(plain, ui);
    }

    /**
     * The length as plain minutes for {@link Minutes} ("1 t 30 min" → "90"), the text itself when it
     * is a number alone (so Minutes says what is wrong with it), or null when it is not a length.
     */
    private static String plainMinutes(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        // "1½" is one and a half, "½ time" a half.
        t = t.replaceAll("(\\d)\\s*½", "$1,5").replace("½", "0,5");
        if (t.matches("[-−]?[\\d.,]*")) {
            return t;
        }
        Matcher hm = HOURS_MINUTES.matcher(t);
        if (hm.matches()) {
            return total(new BigDecimal(hm.group(1)), new BigDecimal(hm.group(2)));
        }
        Matcher x = LENGTH.matcher(t);
        if (!x.matches() || (x.group(1) == null && x.group(2) == null)) {
            return null;
        }
        return total(number(x.group(1)), number(x.group(2)));
    }

    private static BigDecimal number(String s) {
        return s == null ? BigDecimal.ZERO : new BigDecimal(s.replace(',', '.'));
    }

    private static String total(BigDecimal hours, BigDecimal minutes) {
        BigDecimal sum = hours.multiply(BigDecimal.valueOf(60)).add(minutes).stripTrailingZeros();
        return sum.scale() < 0 ? sum.setScale(0).toPlainString() : sum.toPlainString();
    }
}
