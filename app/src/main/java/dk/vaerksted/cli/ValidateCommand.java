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
        description = "Check session files; errors are printed as FILE:LINE:COL: message.")
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
            try {
                Session s = store.readSession(f);
                parent.out.println(m.get("cli.valid", f, s.exercises().size(), s.noteCount()));
            } catch (SessionFormatException e) {
                parent.err.println(e.describe(m));
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
