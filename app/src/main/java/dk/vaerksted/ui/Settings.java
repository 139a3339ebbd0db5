package dk.vaerksted.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs: recent files and the theme. Stored in the user's
 * preferences by the app; tests use the in-memory one.
 */
public interface Settings {
    int MAX_RECENT = 8;

    String get(String key, String fallback);

    void put(String key, String value);

    /** Recently opened or saved session files that still exist, newest first. */
    default List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (String line : get("recent", "").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Path p = Path.of(line);
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            } catch (InvalidPathException e) {
                // a path from another machine: skip it
            }
        }
        return out;
    }

    default void addRecent(Path file) {
        List<String> paths = new ArrayList<>();
        paths.add(file.toAbsolutePath().normalize().toString());
        for (String line : get("recent", "").split("\n")) {
            if (!line.isBlank() && !paths.contains(line) && paths.size() < MAX_RECENT) {
                paths.add(line);
            }
        }
        put("recent", String.join("\n", paths));
    }

    /** The user's preferences (per user, per machine). */
    static Settings user() {
        Preferences node = Preferences.userRoot().node("dk/vaerksted");
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
            }
        };
    }

    static Settings inMemory() {
        Map<String, String> map = new LinkedHashMap<>();
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return map.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                map.put(key, value);
            }
        };
    }
}
