package dk.vaerksted.ui.audience;

import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays its content out at a fixed logical width and scales it, proportions kept, to fill the
 * space it gets: a card set for 1200 px looks the same on a laptop and on a 4K projector, and a
 * long card shrinks rather than being cut off.
 */
final class FitPane extends Region {
    private final Region content;
    private final double logicalWidth;
    private final double maxScale;
    private final Scale scale = new Scale(1, 1, 0, 0);

    FitPane(Region content, double logicalWidth, double maxScale) {
        this.content = content;
        this.logicalWidth = logicalWidth;
        this.maxScale = maxScale;
        Group group = new Group(content);
        content.getTransforms().add(scale);
        getChildren().add(group);
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double contentHeight = content.prefHeight(logicalWidth);
        content.resize(logicalWidth, contentHeight);
        double s = Math.min(maxScale, Math.min(w / logicalWidth, contentHeight <= 0 ? maxScale : h / contentHeight));
        scale.setX(s);
        scale.setY(s);
        content.relocate(0, 0);
    }

    /** The scale the content is shown at now (for tests: text size on screen = size × scale). */
    double currentScale() {
        return scale.getX();
    }
}
