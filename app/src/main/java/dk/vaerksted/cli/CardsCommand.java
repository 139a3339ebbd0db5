package dk.vaerksted.cli;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.export.CardPrinter;
import dk.vaerksted.export.PdfFonts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Prints the cards of a deck or a session: A6, four to an A4 sheet, fronts and backs for duplex. */
@Command(name = "cards", mixinStandardHelpOptions = true,
        description = "Cards to print from a *.deck.json or *.session.json: A6, four to an A4 sheet, duplex.")
final class CardsCommand implements Callable<Integer> {
    @ParentCommand
    VaerkstedCommand parent;

    @Parameters(arity = "1", paramLabel = "DECK_OR_SESSION")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf")
    Path output;

    @Override
    public Integer call() {
        Messages m = parent.messages();
        SessionStore store = new SessionStore();
        List<Card> cards;
        Locale language = Locale.forLanguageTag("da");
        try {
            if (file.getFileName().toString().endsWith(".deck.json")) {
                cards = store.readDeck(file).cards();
            } else {
                var s = store.readSession(file);
                cards = s.cards();
                language = Locale.forLanguageTag(s.language());
            }
        } catch (SessionFormatException e) {
            parent.err.println(e.describe(m));
            return 1;
        }
        try {
            int pages = new CardPrinter(new PdfFonts()).print(cards, language, output);
            parent.out.println(m.get("export.written", output, pages));
            return 0;
        } catch (IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger(getClass().getName())
                    .log(java.util.logging.Level.WARNING, "writing " + output + " failed", e);
            parent.err.println(output + ": " + m.get("export.failed", dk.vaerksted.core.i18n.Failures.describe(e, m))
                    + (e instanceof IOException ? "" : VaerkstedCommand.logPlace()));
            return 1;
        }
    }
}
