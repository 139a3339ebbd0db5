package dk.vaerksted.ui.card;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.deck.BuiltInLibrary;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.ui.Styles;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The card as projected and previewed: the seeds' italics, lead-ins in place of the generic labels, further lists. */
@ExtendWith(ApplicationExtension.class)
class CardViewTest {
    private final BuiltInLibrary library = new BuiltInLibrary(new DocumentReader());
    private CardView view;

    @Start
    void start(Stage stage) {
        view = new CardView(new Messages("dk.vaerksted.i18n.ui", Locale.forLanguageTag("da")));
        Scene scene = new Scene(new VBox(view), 1000, 900);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private Card card(String id) {
        return library.decks().stream().flatMap(d -> d.value().cards().stream()).filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static List<Text> texts(Node root) {
        List<Text> out = new java.util.ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Text> out) {
        if (n instanceof Text t) {
            out.add(t);
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void theSeedsItalicWordIsSetInItalicsAndTheHensynStandUnderTheirLeadIn(FxRobot robot) {
        robot.interact(() -> view.show(card("aarhuskompasset-3")));
        robot.interact(() -> view.applyCss());
        Text samtidig = texts(view).stream().filter(t -> t.getText().equals("samtidig")).findFirst().orElseThrow();
        assertThat(samtidig.getFont().getStyle()).containsIgnoringCase("italic");
        Text around = texts(view).stream().filter(t -> t.getText().startsWith(" skal undgå")).findFirst().orElseThrow();
        assertThat(around.getFont().getStyle()).doesNotContainIgnoringCase("italic");
        String all = String.join("|", texts(view).stream().map(Text::getText).toList())
                + String.join("|", robot.from(view).lookup(".label").queryAllAs(Label.class).stream()
                        .map(Label::getText).toList());
        assertThat(all).contains("Det bliver en vigtig fælles opgave at forene følgende hensyn:")
                .contains("At styrke vidensinformeret ledelse og praksis betyder kort fortalt:")
                .doesNotContain("Dilemmaer").doesNotContain("Umiddelbare ståsteder");
        assertThat(robot.from(view).lookup("#card-list-0").tryQuery()).isPresent();
        // The ambition is a paragraph of its own: a list of one, without a bullet.
        assertThat(robot.from(view).lookup("#card-list-1").queryAs(VBox.class).getChildren()).singleElement()
                .isInstanceOf(TextFlow.class);
    }

    @Test
    void leadInsTakeThePlaceOfTheGenericLabels(FxRobot robot) {
        robot.interact(() -> view.show(card("aarhuskompasset-1")));
        VBox dilemmas = robot.from(view).lookup("#card-dilemmas").queryAs(VBox.class);
        assertThat(((TextFlow) dilemmas.getChildren().get(0)).getChildren()).extracting(n -> ((Text) n).getText())
                .containsExactly("At sætte mere fokus på værdi kan dog også være dilemmafyldt:");
        robot.interact(() -> view.show(card("samarbejdskompasset-07")));
        assertThat(robot.from(view).lookup("#card-whatif-leadin").queryAs(TextFlow.class).getChildren())
                .extracting(n -> ((Text) n).getText()).containsExactly("’Hvad nu hvis’ - refleksioner");
    }

    @Test
    void aLabelShowsMarkupWithoutItsMarkersInItalicsWhenAllEmphasis(FxRobot robot) {
        Label label = new Label();
        SimpleStringProperty markup = new SimpleStringProperty("*Hvordan og hvornår skal jeg distribuere ledelsesopgaven?*");
        robot.interact(() -> MarkupText.bind(label, new SimpleStringProperty("Trin 4 af 5:  "), markup));
        assertThat(label.getText()).isEqualTo("Trin 4 af 5:  Hvordan og hvornår skal jeg distribuere ledelsesopgaven?");
        assertThat(label.getStyle()).contains("italic");
        robot.interact(() -> markup.set("Tal om *det* her"));
        assertThat(label.getText()).isEqualTo("Trin 4 af 5:  Tal om det her");
        assertThat(label.getStyle()).doesNotContain("italic");
        Label plain = new Label();
        MarkupText.show(plain, "**Fed** og \\*stjerne");
        assertThat(plain.getText()).isEqualTo("Fed og *stjerne");
        TextFlow flow = MarkupText.flow("en *kursiv* og **fed**", MarkupText.ITEM);
        assertThat(flow.getChildren()).extracting(n -> ((Text) n).getStyleClass().toString())
                .containsExactly("vk-card-item-text", "vk-card-item-text vk-em", "vk-card-item-text",
                        "vk-card-item-text vk-strong");
    }
}
