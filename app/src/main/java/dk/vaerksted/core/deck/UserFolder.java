package dk.vaerksted.core.deck;

import dk.vaerksted.core.session.FileNames;
import dk.vaerksted.core.session.SessionFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Files users write themselves (decks, exercise templates) in one folder of their library, by
 * suffix. A file that cannot be read is listed with its error, never dropped or overwritten.
 */
public final class UserFolder<T> {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(UserFolder.class.getName());

    /** A file: what it holds, or the error that kept it from being read. */
    public record Entry<T>(Path file, T value, SessionFormatException error) {}

    public interface Reader<T> {
        T read(Path file) throws SessionFormatException;
    }

    public interface Writer<T> {
        void write(T value, Path file) throws IOException;
    }

    private final Path folder;
    private final String suffix;
    private final Reader<T> reader;
    private final Writer<T> writer;
    private final Function<T, String> title;

    public UserFolder(Path folder, String suffix, Reader<T> reader, Writer<T> writer, Function<T, String> title) {
        this.folder = folder;
        this.suffix = suffix;
        this.reader = reader;
        this.writer = writer;
        this.title = title;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Every file of the folder with the suffix, by title (a broken file by its name). A folder that
     * cannot be listed is itself an entry with its error.
     */
    public List<Entry<T>> list() {
        List<Entry<T>> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                try {
                    out.add(new Entry<>(f, reader.read(f), null));
                } catch (SessionFormatException e) {
                    out.add(new Entry<>(f, null, e));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Listed with what could be read, and the folder itself as a broken entry to show.
            LOG.log(java.util.logging.Level.WARNING, "cannot list " + folder, e);
            out.add(new Entry<>(folder, null, new SessionFormatException(new dk.vaerksted.core.session.Problem(
                    folder.toString(), 0, 0, "", "file.folderUnreadable", List.of(String.valueOf(e.getMessage()))))));
        }
        out.sort(Comparator.comparing(e -> e.value() == null ? e.file().toString() : title.apply(e.value())));
        return out;
    }

    /** A file name for something new, from its title, not yet taken. */
    public Path newFile(String name) throws IOException {
        Files.createDirectories(folder);
        String base = FileNames.sanitize(name);
        Path f = folder.resolve(base + suffix);
        for (int n = 2; Files.exists(f); n++) {
            f = folder.resolve(base + " (" + n + ")" + suffix);
        }
        return f;
    }

    public void save(T value, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        writer.write(value, file);
    }
}
