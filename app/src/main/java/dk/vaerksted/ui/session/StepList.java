package dk.vaerksted.ui.session;

import dk.vaerksted.core.card.Emphasis;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.card.MarkupText;
import java.text.NumberFormat;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * "Trin" under the countdown: the exercise's steps in order with their planned minutes and
 * prompts, and the source's own time for the whole exercise apart from the facilitator's plan.
 */
final class StepList extends VBox {
    private final Messages messages;
    private final VBox steps = new VBox(8);

    StepList(Messages messages) {
        super(8);
        this.messages = messages;
        Label heading = new Label(messages.get("session.steps"));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        steps.setId("steps");
        getChildren().addAll(heading, steps);
    }

    void show(Exercise e) {
        steps.getChildren().clear();
        if (e == null) {
            return;
        }
        NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
        String sourceTime = StepTimes.sourceTime(e);
        if (sourceTime != null) {
            // The source's time for the whole exercise, apart from the minutes the facilitator planned.
            Label given = new Label(messages.get("setup.sourceTime", sourceTime));
            given.setId("steps-source-time");
            given.setWrapText(true);
            Label plan = new Label(messages.get("session.planNote"));
            plan.getStyleClass().add(Styles.MUTED);
            plan.setWrapText(true);
            steps.getChildren().addAll(given, plan);
        }
        int i = 1;
        for (Step s : e.steps()) {
            String time = s.minutes() == null ? messages.get("session.untimed")
                    : messages.get("session.minutes", nf.format(s.minutes()));
            Label head = new Label(i++ + ". " + (s.title() == null ? s.id() : Emphasis.plain(s.title())) + "  ·  " + time);
            head.setWrapText(true);
            head.getStyleClass().add(Styles.TILE_TITLE);
            steps.getChildren().add(head);
            if (s.prompt() != null) {
                Label prompt = new Label();
                MarkupText.show(prompt, s.prompt());
                prompt.setWrapText(true);
                prompt.getStyleClass().add(Styles.MUTED);
                steps.getChildren().add(prompt);
            }
        }
    }
}
