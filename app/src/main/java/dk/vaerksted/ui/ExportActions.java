package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.export.CardPrinter;
import dk.vaerksted.export.ExportNames;
import dk.vaerksted.export.ExportOptions;
import dk.vaerksted.export.Exports;
import dk.vaerksted.export.PdfFonts;
import dk.vaerksted.ui.export.ExportDialog;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;

/** The PDF summary (with files to merge) and the printed cards, written in the background. */
final class ExportActions {
    private static final Logger LOG = Logger.getLogger(ExportActions.class.getName());

    private final MainWindow window;
    private final AppContext ctx;
    private final Dialogs dialogs;
    private final Messages m;

    ExportActions(MainWindow window, AppContext ctx, Dialogs dialogs) {
        this.window = window;
        this.ctx = ctx;
        this.dialogs = dialogs;
        this.m = ctx.ui();
    }

    void exportPdf() {
        Session s = window.sessionModel().sessionProperty().get();
        if (s == null) {
            return;
        }
        Path file = window.sessionModel().fileProperty().get();
        Path home = Path.of(System.getProperty("user.home"));
        // While the file and the options are chosen, the PDF is made in memory with the export
        // dialog's first choices, on threads of its own: a click on Eksportér writes it.
        ctx.exporter().prepareAhead(List.of(s), ExportOptions.DEFAULT);
        // Which folder exists is asked of the disk: off the FX thread.
        ctx.background().execute(() -> {
            Path folder = initialFolder(file, home);
            MainWindow.onFx(() -> exportPdf(folder, file));
        });
    }

    /**
     * Where the summary's save dialog opens: beside the session's file; for a session not saved
     * under a name, the user's documents folder, else the home folder (null: the system's choice).
     */
    static Path initialFolder(Path sessionFile, Path home) {
        Path parent = sessionFile == null ? null : sessionFile.toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent)) {
            return parent;
        }
        for (String documents : List.of("Documents", "Dokumenter")) {
            if (Files.isDirectory(home.resolve(documents))) {
                return home.resolve(documents);
            }
        }
        return Files.isDirectory(home) ? home : null;
    }

    /** The summary's name: the session file's ("forum.session.json" gives "forum.pdf"), else its title's. */
    static String initialName(Session s, Path sessionFile) {
        String name = sessionFile == null || sessionFile.getFileName() == null ? ""
                : sessionFile.getFileName().toString().replaceFirst("(?i)(\\.session)?\\.json$", "");
        return ExportNames.sanitize(name.isBlank() ? s.title() : name) + ".pdf";
    }

    /** The save dialog for the summary: in {@code folder}, named after the session's file or title. */
    private FileChooser pdfChooser(Session s, Path file, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("menu.export"));
        // The format follows the file's extension; the filter chosen gives one to a name without.
        for (Exports.Format format : Exports.Format.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter." + format.extension),
                    "*." + format.extension));
        }
        chooser.setInitialFileName(initialName(s, file));
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private void exportPdf(Path folder, Path file) {
        Session s = window.sessionModel().sessionProperty().get();
        if (s == null) {
            return; // the session was left meanwhile
        }
        FileChooser chooser = pdfChooser(s, file, folder);
        File f = chooser.showSaveDialog(window.stage());
        if (f == null) {
            return;
        }
        Path target = f.toPath();
        if (Exports.Format.of(target) == null) {
            String chosen = chooser.getSelectedExtensionFilter() == null ? "*.pdf"
                    : chooser.getSelectedExtensionFilter().getExtensions().get(0);
            target = target.resolveSibling(target.getFileName() + chosen.substring(1));
        }
        exportTo(target, () -> {
            FileChooser more = new FileChooser();
            more.setTitle(m.get("export.merge"));
            more.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter.session"), "*.session.json"));
            List<File> picked = more.showOpenMultipleDialog(window.stage());
            return picked == null ? List.of() : picked.stream().map(File::toPath).toList();
        });
    }

    /**
     * Asks about names and files to merge, then writes the PDF in the background: the open
     * session first, then each merged file in the order chosen. A file that cannot be read is
     * reported with its problems and nothing is written.
     */
    void exportTo(Path target, Supplier<List<Path>> chooseMerge) {
        Session s = window.sessionModel().sessionProperty().get();
        if (s == null) {
            return;
        }
        Exports.Format format = Exports.Format.of(target) == null ? Exports.Format.PDF : Exports.Format.of(target);
        boolean rows = format == Exports.Format.XLSX || format == Exports.Format.CSV;
        if (format == Exports.Format.PDF) {
            ctx.exporter().prepareAhead(List.of(s), ExportOptions.DEFAULT);
        }
        ExportDialog ask = new ExportDialog(target.getFileName().toString(), m, chooseMerge,
                format.extension.toUpperCase(java.util.Locale.ROOT), rows);
        ask.initOwner(window.stage());
        ExportDialog.Request request = ask.showAndWait().orElse(null);
        if (request == null) {
            return;
        }
        ExportOptions options = new ExportOptions(request.withNames(), request.overviewOnly());
        window.busy(true);
        ctx.background().execute(() -> {
            List<Session> sessions = new ArrayList<>(List.of(s));
            for (Path p : request.merged()) {
                try {
                    sessions.add(ctx.store().readSession(p));
                } catch (SessionFormatException e) {
                    MainWindow.onFx(() -> {
                        window.busy(false);
                        dialogs.error(m.get("error.export.title"), m.get("error.merge.header", p.getFileName()),
                                e.describe(ctx.core()));
                    });
                    return;
                }
            }
            try {
                Exports.Written w = Exports.write(ctx.exporter(), sessions, options, target);
                String said = wrote(target, w, sessions, request.overviewOnly());
                MainWindow.onFx(() -> exported(target, w, said));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "the export to " + target + " failed", e);
                MainWindow.onFx(() -> {
                    window.busy(false);
                    dialogs.error(m.get("error.export.title"), target.getFileName().toString(), Problems.describe(e, m));
                });
            }
        });
    }

    /** Cards to print (A6, four to a sheet, duplex), written in the background. */
    void printCards(String title, List<Card> cards) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("deck.print"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter.pdf"), "*.pdf"));
        chooser.setInitialFileName(ExportNames.sanitize(title) + " - kort.pdf");
        File f = chooser.showSaveDialog(window.stage());
        if (f == null) {
            return;
        }
        window.busy(true);
        ctx.background().execute(() -> {
            try {
                Path target = dk.vaerksted.core.session.FileNames.withSuffix(f.toPath(), ".pdf");
                int pages = new CardPrinter(new PdfFonts()).print(cards, m.locale(), target);
                MainWindow.onFx(() -> exported(target, new Exports.Written(Exports.Format.PDF, pages), null));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "printing cards to " + f + " failed", e);
                MainWindow.onFx(() -> {
                    window.busy(false);
                    dialogs.error(m.get("error.export.title"), f.getName(), Problems.describe(e, m));
                });
            }
        });
    }

    /** A PDF was written: where, how many pages, and Open / Show folder / Close. */
    void exported(Path pdf, int pages) {
        exported(pdf, new Exports.Written(Exports.Format.PDF, pages), null);
    }

    /**
     * The sentence the command line prints after an export, e.g. "Skrev opsamling.pdf: 22 sider med 198 noter fra
     * 16 borde.", so the window also says how many notes and tables went into the file.
     */
    private String wrote(Path file, Exports.Written w, List<Session> sessions, boolean overviewOnly) {
        return Exports.sentence(ctx.core(), file.getFileName(), w, sessions, overviewOnly);
    }

    /** A file was written: where, what went into it, and Open / Show folder / Close. */
    private void exported(Path pdf, Exports.Written written, String said) {
        window.busy(false);
        boolean isPdf = written.format() == Exports.Format.PDF;
        ButtonType openPdf = new ButtonType(m.get(isPdf ? "export.open" : "export.openFile"), ButtonBar.ButtonData.OK_DONE);
        ButtonType showFolder = new ButtonType(m.get("export.showFolder"), ButtonBar.ButtonData.OTHER);
        ButtonType close = Dialogs.close(m);
        Alert done = new Alert(Alert.AlertType.INFORMATION, pdf.toAbsolutePath().toString(), openPdf, showFolder, close);
        done.initOwner(window.stage());
        done.setTitle(m.get("export.done.title"));
        done.setHeaderText(said != null ? said : isPdf ? m.get("export.done.header", pdf.getFileName(), written.count())
                : m.get("export.done.rows", pdf.getFileName(), written.count()));
        done.getDialogPane().setId("export-done");
        done.getDialogPane().lookupButton(close).setId("export-close");
        done.showAndWait().ifPresent(b -> {
            if (b == openPdf) {
                ctx.showDocument().accept(pdf.toAbsolutePath().toUri().toString());
            } else if (b == showFolder) {
                ctx.showDocument().accept(pdf.toAbsolutePath().getParent().toUri().toString());
            }
        });
    }
}
