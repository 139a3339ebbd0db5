package dk.vaerksted.room;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Sessions and helpers for the room's tests. */
final class Sessions {
    private Sessions() {}

    static final Path SMALL = Path.of("../samples/halvfaerdig.session.json");
    static final Path FORUM = Path.of("../samples/strategisk-ledelsesforum-2019.session.json");

    /** A copy of a sample in {@code dir}, to be changed. */
    static Path copy(Path sample, Path dir) {
        try {
            Path f = dir.resolve(sample.getFileName());
            Files.copy(sample, f);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Session read(Path file) {
        try {
            return new SessionStore().readSession(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tokens "token-000000000000000001", … : predictable, long enough for the format. */
    static Supplier<String> tokens() {
        AtomicInteger n = new AtomicInteger();
        return () -> String.format("token-%016d", n.incrementAndGet());
    }

    /** The notes a table wrote from its page, in every exercise and the harvest. */
    static List<Note> tableNotes(Session s, String tableId) {
        List<Note> out = new ArrayList<>();
        for (Exercise e : s.exercises()) {
            for (Group g : e.groups()) {
                g.notes().stream().filter(n -> tableId.equals(n.table())).forEach(out::add);
            }
        }
        s.harvest().forEach(h -> h.notes().stream().filter(n -> tableId.equals(n.table())).forEach(out::add));
        return out;
    }

    /** Every note written from a table's page. */
    static List<Note> allTableNotes(Session s) {
        List<Note> out = new ArrayList<>();
        for (Exercise e : s.exercises()) {
            for (Group g : e.groups()) {
                g.notes().stream().filter(n -> n.table() != null).forEach(out::add);
            }
        }
        s.harvest().forEach(h -> h.notes().stream().filter(n -> n.table() != null).forEach(out::add));
        return out;
    }
}
