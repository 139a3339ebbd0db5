package dk.vaerksted.ui.start;

import dk.vaerksted.ui.Styles;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A large, focusable choice with a title and a subtitle: a button whose title wraps. (A Button
 * with a wrapping graphic reports a height computed for no width, so tiles would grow tall.)
 */
final class Tile extends VBox {
    private EventHandler<ActionEvent> onAction = e -> { };

    Tile(String title, String subtitle, double width) {
        super(4);
        getStyleClass().add(Styles.TILE);
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TILE_TITLE);
        t.setWrapText(true);
        t.setMinHeight(Region.USE_PREF_SIZE);
        Label s = new Label(subtitle);
        s.getStyleClass().add(Styles.MUTED);
        s.setWrapText(true);
        s.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(t, s);
        setPrefWidth(width);
        setMaxWidth(width);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(title + ". " + subtitle);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
                fire();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                fire();
                e.consume();
            }
        });
    }

    void setOnAction(EventHandler<ActionEvent> handler) {
        this.onAction = handler;
    }

    void fire() {
        onAction.handle(new ActionEvent(this, this));
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            fire();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
