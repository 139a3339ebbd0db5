package dk.vaerksted.export;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Safe PDF file names, derived from a session file's name or a title. */
public final class ExportNames {
    private ExportNames() {}

    /** "forum.session.json" gives "forum.pdf". */
    public static String pdfName(Path sessionFile) {
        String name = sessionFile.getFileName().toString();
        name = name.replaceFirst("(?i)\\.session\\.json$", "").replaceFirst("(?i)\\.json$", "");
        return sanitize(name) + ".pdf";
    }

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

    /** Adds " (2)", " (3)" … before the extension while the name is taken. */
    public static String unique(String name, List<String> taken) {
        if (!taken.contains(name)) {
            return name;
        }
        String base = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        for (int i = 2; ; i++) {
            String candidate = base + " (" + i + ").pdf";
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
