package dk.vaerksted.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the app remembers between runs: recent files, the theme, the language. Stored in a file
 * in the app's data folder; tests use the in-memory one.
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

    /**
     * The user's settings in a small file in the app's data folder ({@code settings.properties}):
     * read once at start (before the window, off the FX thread), written in the background on every
     * change. Settings kept by an earlier version in Java's preferences are taken over once.
     */
    static Settings file(Path file, java.util.concurrent.Executor writer) {
        java.util.Properties props = new java.util.Properties();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(Settings.class.getName());
        if (Files.isRegularFile(file)) {
            try (var in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (java.io.IOException | IllegalArgumentException e) {
                log.log(java.util.logging.Level.WARNING, "cannot read the settings " + file + "; starting from defaults", e);
            }
        } else {
            try {
                java.util.prefs.Preferences old = java.util.prefs.Preferences.userRoot().node("dk/vaerksted");
                for (String key : old.keys()) {
                    props.setProperty(key, old.get(key, ""));
                }
            } catch (java.util.prefs.BackingStoreException | SecurityException e) {
                log.log(java.util.logging.Level.INFO, "no earlier preferences to take over", e);
            }
        }
        Map<String, String> map = new java.util.concurrent.ConcurrentHashMap<>();
        props.forEach((k, v) -> map.put(String.valueOf(k), String.valueOf(v)));
        Runnable save = () -> {
            java.util.Map<String, String> copy = new java.util.TreeMap<>(map);
            writer.execute(() -> {
                java.util.Properties out = new java.util.Properties();
                out.putAll(copy);
                try {
                    java.io.StringWriter text = new java.io.StringWriter();
                    out.store(text, "Værksted");
                    Files.createDirectories(file.toAbsolutePath().getParent());
                    dk.vaerksted.core.session.AtomicFiles.write(file,
                            text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    log.log(java.util.logging.Level.WARNING, "cannot write the settings " + file, e);
                }
            });
        };
        if (!Files.isRegularFile(file)) {
            // Written once, even empty: later starts read this file, never Java's preferences
            // (which parse XML before the first frame and write it again at exit).
            save.run();
        }
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return map.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                map.put(key, value);
                save.run();
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
