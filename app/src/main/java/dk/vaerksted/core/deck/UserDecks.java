package dk.vaerksted.core.deck;

import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.SessionStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The decks users write themselves, as {@code *.deck.json} files in their library folder. A file
 * that cannot be read is listed with its error, never dropped or overwritten.
 */
public final class UserDecks {
    /** A deck file: its deck, or the error that kept it from being read. */
    public record Entry(Path file, Deck deck, SessionFormatException error) {}

    private final UserFolder<Deck> files;

    public UserDecks(Path folder, SessionStore store) {
        this.files = new UserFolder<>(folder, ".deck.json", store::readDeck, store::write, Deck::title);
    }

    public Path folder() {
        return files.folder();
    }

    public List<Entry> list() {
        return files.list().stream().map(e -> new Entry(e.file(), e.value(), e.error())).toList();
    }

    /** A file name for a new deck, from its title, not yet taken. */
    public Path newFile(String title) throws IOException {
        return files.newFile(title);
    }

    public void save(Deck deck, Path file) throws IOException {
        files.save(deck, file);
    }
}
