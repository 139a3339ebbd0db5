package dk.vaerksted.core.deck;

import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The content that ships with the app, packaged from {@code assets/} and {@code samples/}: decks,
 * exercise templates and sample sessions. Each folder has an {@code INDEX} listing its files.
 * Loaded on first use, not at start-up.
 */
public final class BuiltInLibrary {
    /** A document shipped with the app, by the resource it came from. */
    public record Entry<T>(String resource, T value) {}

    private final DocumentReader reader;
    private List<Entry<Deck>> decks;
    private List<Entry<Session>> templates;
    private List<Entry<Session>> samples;

    public BuiltInLibrary(DocumentReader reader) {
        this.reader = reader;
    }

    public synchronized List<Entry<Deck>> decks() {
        if (decks == null) {
            decks = load("/assets/decks/", (name, bytes) -> reader.readDeck(name, bytes));
        }
        return decks;
    }

    public synchronized List<Entry<Session>> templates() {
        if (templates == null) {
            templates = load("/assets/templates/", (name, bytes) -> reader.readTemplate(name, bytes));
        }
        return templates;
    }

    public synchronized List<Entry<Session>> samples() {
        if (samples == null) {
            samples = load("/samples/", (name, bytes) -> reader.readSession(name, bytes));
        }
        return samples;
    }

    /** The raw bytes of a shipped resource, e.g. to save a sample under a new name. */
    public static byte[] bytes(String resource) {
        try (InputStream in = BuiltInLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the app's resources: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private interface Parse<T> {
        T parse(String name, byte[] bytes) throws SessionFormatException;
    }

    private static <T> List<Entry<T>> load(String folder, Parse<T> parse) {
        String index = new String(bytes(folder + "INDEX"), StandardCharsets.UTF_8);
        List<Entry<T>> out = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String resource = folder + name;
            try {
                out.add(new Entry<>(resource, parse.parse(resource, bytes(resource))));
            } catch (SessionFormatException e) {
                // Shipped content is checked by the tests; reaching this is a packaging bug.
                throw new IllegalStateException("built-in content is invalid: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
