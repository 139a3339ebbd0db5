package dk.vaerksted.core.session;

import java.text.Normalizer;
import java.util.Locale;

/** Safe file names from titles. */
public final class FileNames {
    private FileNames() {}

    /**
     * Keeps letters (æøå included), digits, space, dot, dash and underscore; dashes of every kind
     * become "-"; other characters (path separators and control characters among them) are left
     * out at a word's edge ("halvfærdige? Øvelse" gives "halvfærdige Øvelse") and become a dash
     * inside one ("1/2" gives "1-2"). Never empty, never hidden, at most 120 characters.
     */
    public static String sanitize(String title) {
        int[] cps = Normalizer.normalize(title, Normalizer.Form.NFC).codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '-' || cp == '_' || cp == '.') {
                sb.appendCodePoint(cp);
            } else if (Character.getType(cp) == Character.DASH_PUNCTUATION) {
                sb.append('-');
            } else {
                int end = i;
                while (end + 1 < cps.length && !safe(cps[end + 1])) {
                    end++;
                }
                boolean edge = i == 0 || end == cps.length - 1 || cps[i - 1] == ' ' || cps[end + 1] == ' ';
                if (!edge) {
                    sb.append('-');
                }
                i = end;
            }
        }
        String out = sb.toString().replaceAll("-{2,}", "-").replaceAll(" {2,}", " ").strip()
                .replaceAll("^[.\\- ]+", "").replaceAll("[.\\- ]+$", "");
        if (out.length() > 120) {
            out = out.substring(0, 120).strip();
        }
        String upper = out.toUpperCase(Locale.ROOT);
        if (out.isEmpty() || upper.matches("(CON|PRN|AUX|NUL|COM\\d|LPT\\d)(\\..*)?")) {
            out = "vaerksted" + (out.isEmpty() ? "" : "-" + out);
        }
        return out;
    }

    /** Kept as it is, or a dash. */
    private static boolean safe(int cp) {
        return Character.isLetterOrDigit(cp) || cp == ' ' || cp == '-' || cp == '_' || cp == '.'
                || Character.getType(cp) == Character.DASH_PUNCTUATION;
    }

    /**
     * The file a save dialog chose, with the suffix of its kind: a name typed without it ("forum")
     * becomes "forum.session.json", so the file opens by its type and is found again.
     */
    public static java.nio.file.Path withSuffix(java.nio.file.Path chosen, String suffix) {
        String name = chosen.getFileName() == null ? "" : chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) ? chosen : chosen.resolveSibling(name + suffix);
    }
}
