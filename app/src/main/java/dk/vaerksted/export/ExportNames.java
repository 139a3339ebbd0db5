package dk.vaerksted.export;

import java.nio.file.Path;
import java.util.List;

/** Safe PDF file names, derived from a session file's name or a title. */
public final class ExportNames {
    private ExportNames() {}

    /** "forum.session.json" gives "forum.pdf". */
    public static String pdfName(Path sessionFile) {
        String name = sessionFile.getFileName().toString();
        name = name.replaceFirst("(?i)\\.session\\.json$", "").replaceFirst("(?i)\\.json$", "");
        return sanitize(name) + ".pdf";
    }

    /** See {@link dk.vaerksted.core.session.FileNames#sanitize}. */
    public static String sanitize(String title) {
        return dk.vaerksted.core.session.FileNames.sanitize(title);
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
