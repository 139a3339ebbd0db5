package dk.vaerksted.cli;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.SessionStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Checks session files against every rule of the format; exit 1 if any file breaks one. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check session, deck (*.deck.json) and template (*.template.json) files; errors are printed as FILE:LINE:COL: message.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    VaerkstedCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
        Messages m = parent.messages();
        SessionStore store = new SessionStore();
        int failed = 0;
        for (Path f : files) {
            String name = f.getFileName() == null ? "" : f.getFileName().toString();
            try {
                // Decks and exercise templates are checked by their own rules, as the app opens them.
                if (name.endsWith(".deck.json")) {
                    parent.out.println(m.get("cli.validDeck", f, store.readDeck(f).cards().size()));
                } else if (name.endsWith(".template.json")) {
                    Session t = store.readTemplate(f);
                    parent.out.println(m.get("cli.validTemplate", f,
                            t.exercises().stream().mapToInt(e -> e.steps().size()).sum()));
                } else {
                    Session s = store.readSession(f);
                    parent.out.println(m.get("cli.valid", f, s.exercises().size(), s.noteCount()));
                }
            } catch (SessionFormatException e) {
                parent.err.println(e.describe(m));
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
