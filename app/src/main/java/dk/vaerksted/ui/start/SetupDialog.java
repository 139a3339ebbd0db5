package dk.vaerksted.ui.start;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.NewSession;
import dk.vaerksted.core.session.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Before the day: title, date, place, facilitators, how many tables, and which cards go to them.
 * Returns the {@link NewSession.Setup}; the session is made from it in the core.
 */
public final class SetupDialog extends Dialog<NewSession.Setup> {
    /** A source of cards to deal: a deck of the library, the template's own cards, or none. */
    record Source(String label, List<Card> cards) {}

    public SetupDialog(Session template, List<Deck> decks, LocalDate today, Messages m) {
        setTitle(m.get("setup.title"));
        setHeaderText(m.get("setup.header", template.title()));
        getDialogPane().setId("setup-dialog");

        TextField title = field("setup-title", template.title());
        DatePicker date = new DatePicker(today);
        date.setId("setup-date");
        TextField place = field("setup-place", "");
        TextField facilitators = field("setup-facilitators", "");
        Spinner<Integer> tables = new Spinner<>(1, 60, 12);
        tables.setId("setup-tables");
        tables.setEditable(true);

        List<Source> sources = new ArrayList<>();
        if (!template.cards().isEmpty()) {
            sources.add(new Source(m.get("setup.templateCards"), template.cards()));
        }
        decks.forEach(d -> sources.add(new Source(d.title(), d.cards())));
        sources.add(new Source(m.get("setup.noCards"), List.of()));
        ComboBox<Source> source = new ComboBox<>(FXCollections.observableArrayList(sources));
        source.setId("setup-deck");
        source.setCellFactory(v -> cell(Source::label));
        source.setButtonCell(cell(Source::label));
        source.getSelectionModel().select(template.cards().isEmpty() ? sources.size() - 1 : 0);

        ComboBox<NewSession.Deal> deal = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(NewSession.Deal.values()).filter(d -> d != NewSession.Deal.NONE).toList()));
        deal.setId("setup-deal");
        deal.setCellFactory(v -> cell(d -> m.get("setup.deal." + d.name())));
        deal.setButtonCell(cell(d -> m.get("setup.deal." + d.name())));
        deal.getSelectionModel().select(NewSession.Deal.SAME);

        ComboBox<Card> card = new ComboBox<>();
        card.setId("setup-card");
        card.setCellFactory(v -> cell(Card::label));
        card.setButtonCell(cell(Card::label));
        Runnable refreshCards = () -> {
            Source s = source.getValue();
            card.setItems(FXCollections.observableArrayList(s == null ? List.of() : s.cards()));
            card.getSelectionModel().selectFirst();
            boolean none = s == null || s.cards().isEmpty();
            deal.setDisable(none);
            card.setDisable(none || deal.getValue() != NewSession.Deal.SAME);
        };
        source.valueProperty().addListener((o, a, b) -> refreshCards.run());
        deal.valueProperty().addListener((o, a, b) -> refreshCards.run());
        refreshCards.run();

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.addRow(row++, label(m.get("setup.sessionTitle")), title);
        grid.addRow(row++, label(m.get("setup.date")), date);
        grid.addRow(row++, label(m.get("setup.place")), place);
        grid.addRow(row++, label(m.get("setup.facilitators")), facilitators);
        grid.addRow(row++, label(m.get("setup.tables")), tables);
        grid.addRow(row++, label(m.get("setup.deck")), source);
        grid.addRow(row++, label(m.get("setup.deal")), deal);
        grid.addRow(row, label(m.get("setup.card")), card);
        title.setPrefColumnCount(36);
        getDialogPane().setContent(grid);

        ButtonType start = new ButtonType(m.get("setup.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(start, ButtonType.CANCEL);
        getDialogPane().lookupButton(start).setId("setup-start");
        setResultConverter(button -> {
            if (button != start) {
                return null;
            }
            Source s = source.getValue();
            boolean none = s == null || s.cards().isEmpty();
            List<String> names = Arrays.stream(facilitators.getText().split(","))
                    .map(String::strip).filter(x -> !x.isEmpty()).toList();
            LocalDate day = date.getValue() == null ? today : date.getValue();
            return new NewSession.Setup(title.getText(), day.toString(), place.getText(), names,
                    tables.getValue(), none ? List.of() : s.cards(), none ? NewSession.Deal.NONE : deal.getValue(),
                    card.getValue(), day.toEpochDay());
        });
        setOnShown(e -> title.requestFocus());
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return dk.vaerksted.ui.Cells.text(text, false);
    }

    /** A form label that is never cut short. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
