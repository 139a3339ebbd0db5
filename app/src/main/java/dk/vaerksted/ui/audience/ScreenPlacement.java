package dk.vaerksted.ui.audience;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the projector view goes: on a second screen when there is one (full screen there), else a
 * window on the only screen. The screens are given, not looked up, so the rule is testable
 * (Xvfb shows a single screen whatever is configured).
 */
public final class ScreenPlacement {
    private ScreenPlacement() {}

    /** The bounds of the screen to fill, or null when there is no second screen. */
    public static Rectangle2D projectorScreen(List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D best = null;
        for (Rectangle2D s : screens) {
            if (s.equals(primary)) {
                continue;
            }
            // Prefer the largest other screen: a projector or TV rather than a small tablet display.
            if (best == null || s.getWidth() * s.getHeight() > best.getWidth() * best.getHeight()) {
                best = s;
            }
        }
        return best;
    }
}
