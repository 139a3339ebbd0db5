package dk.vaerksted.ui.audience;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.ui.card.MarkupText;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The harvest on the projector, while the facilitator shows it: "Opsamling" and the questions the
 * room answers, in type large enough for the back of the room (the notes being written down stay
 * on the facilitator's screen).
 */
final class HarvestLayer extends VBox {
    /** The prompts are laid out at this width and scaled to the screen, like the card. */
    static final double WIDTH = 1100;

    private final Messages m;
    private final VBox prompts = new VBox(36);

    HarvestLayer(Messages m) {
        this.m = m;
        setId("audience-harvest");
        prompts.setPrefWidth(WIDTH);
        FitPane fit = new FitPane(prompts, WIDTH, 3);
        VBox.setVgrow(fit, javafx.scene.layout.Priority.ALWAYS);
        getChildren().add(fit);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** The session's harvest prompts, in order. */
    void show(Session s) {
        prompts.getChildren().clear();
        Label title = new Label(m.get("session.harvest"));
        title.setId("audience-harvest-title");
        title.getStyleClass().add("vk-audience-step");
        prompts.getChildren().add(title);
        List<HarvestPrompt> all = s == null ? List.of() : s.harvest();
        for (int i = 0; i < all.size(); i++) {
            Label prompt = new Label();
            prompt.setId("audience-harvest-prompt-" + i);
            prompt.getStyleClass().add("vk-audience-title");
            prompt.setWrapText(true);
            prompt.setMaxWidth(WIDTH);
            MarkupText.show(prompt, all.get(i).prompt());
            prompts.getChildren().add(prompt);
        }
    }
}
