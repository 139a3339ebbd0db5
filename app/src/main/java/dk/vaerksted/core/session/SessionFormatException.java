package dk.vaerksted.core.session;

import dk.vaerksted.core.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;

/** A file was refused as a whole; it names every problem found, and the file was not changed. */
public final class SessionFormatException extends Exception implements dk.vaerksted.core.i18n.Localized {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SessionFormatException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid file" : problems.get(0).key());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public SessionFormatException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every problem, one per line, in the given language. */
    @Override
    public String describe(Messages messages) {
        return problems.stream().map(p -> p.format(messages)).collect(Collectors.joining("\n"));
    }

    @Override
    public String getMessage() {
        return describe(Messages.core(Messages.ENGLISH));
    }
}
