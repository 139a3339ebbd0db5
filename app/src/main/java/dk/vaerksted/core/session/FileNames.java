package dk.vaerksted.core.session;

import java.text.Normalizer;
import java.util.Locale;

/** Safe file names from titles. */
public final class FileNames {
    private FileNames() {}

    /**
     * Keeps letters (æøå included), digits, space, dot, dash and underscore; everything else,
     * path separators and control characters among them, becomes a dash. Never empty, never
     * hidden, at most 120 characters.
     */
    public static String sanitize(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '-' || cp == '_' || cp == '.') {
                sb.appendCodePoint(cp);
            } else {
                sb.append('-');
            }
        });
        String out = sb.toString().replaceAll("-{2,}", "-").strip()
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

    /**
     * The file a save dialog chose, with the suffix of its kind: a name typed without it ("forum")
     * becomes "forum.session.json", so the file opens by its type and is found again.
     */
    public static java.nio.file.Path withSuffix(java.nio.file.Path chosen, String suffix) {
        String name = chosen.getFileName() == null ? "" : chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) ? chosen : chosen.resolveSibling(name + suffix);
    }
}
