package dk.vaerksted.core.deck;

import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The decks users write themselves, as {@code *.deck.json} files in their library folder. A file
 * that cannot be read is listed with its error, never dropped or overwritten.
 */
public final class UserDecks {
    /** A deck file: its deck, or the error that kept it from being read. */
    public record Entry(Path file, Deck deck, SessionFormatException error) {}

    private final Path folder;
    private final SessionStore store;

    public UserDecks(Path folder, SessionStore store) {
        this.folder = folder;
        this.store = store;
    }

    public Path folder() {
        return folder;
    }

    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".deck.json")).sorted().toList()) {
                try {
                    out.add(new Entry(f, store.readDeck(f), null));
                } catch (SessionFormatException e) {
                    out.add(new Entry(f, null, e));
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(e -> e.deck() == null ? e.file().toString() : e.deck().title()));
        return out;
    }

    /** A file name for a new deck, from its title, not yet taken. */
    public Path newFile(String title) throws IOException {
        Files.createDirectories(folder);
        String base = dk.vaerksted.core.session.FileNames.sanitize(title);
        Path f = folder.resolve(base + ".deck.json");
        for (int n = 2; Files.exists(f); n++) {
            f = folder.resolve(base + " (" + n + ").deck.json");
        }
        return f;
    }

    public void save(Deck deck, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        store.write(deck, file);
    }
}
