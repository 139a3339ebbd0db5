package dk.vaerksted.ui.board;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A drag of notes across the wall, inside the window: a card is pressed and moved (the mouse is
 * the card's until it is released), the column under the pointer is marked, and on release the
 * notes go there. Plain mouse events, not the system's drag and drop, so it works the same on
 * every platform and under test.
 */
final class BoardDrag {
    /** How far the mouse must move before a press becomes a drag. */
    static final double THRESHOLD = 6;

    /** Where a drop lands: what is under a point of the scene. */
    interface Target {
        /** Marks the target under the point (none when null) while dragging. */
        void over(double sceneX, double sceneY);

        /** Drops the notes at the point; false when nothing there takes them. */
        boolean drop(double sceneX, double sceneY, List<String> keys);
    }

    private final Runnable focusWall;
    private final Target target;
    private List<String> keys = List.of();
    private double startX;
    private double startY;
    private boolean dragging;

    BoardDrag(Runnable focusWall, Target target) {
        this.focusWall = focusWall;
        this.target = target;
    }

    /** A card was pressed: these notes go along if the mouse moves on. */
    void pressed(List<String> carried, double sceneX, double sceneY) {
        keys = List.copyOf(carried);
        startX = sceneX;
        startY = sceneY;
        dragging = false;
    }

    void dragged(double sceneX, double sceneY) {
        if (!dragging && Math.hypot(sceneX - startX, sceneY - startY) >= THRESHOLD) {
            dragging = true;
        }
        if (dragging) {
            target.over(sceneX, sceneY);
        }
    }

    /** The mouse is released: true when it was a drag (and the click is not a click). */
    boolean released(double sceneX, double sceneY) {
        boolean was = dragging;
        dragging = false;
        target.over(Double.NaN, Double.NaN);
        if (was) {
            target.drop(sceneX, sceneY, keys);
        }
        keys = List.of();
        return was;
    }

    /** Puts the keyboard back on the wall (after a click on a card). */
    void focusWall() {
        focusWall.run();
    }

    /** A target from a finder of what is under a point. */
    static Target of(BiFunction<Double, Double, ThemeColumn> column, Runnable clear,
            java.util.function.BiPredicate<Double, Double> onNewTheme, java.util.function.Consumer<List<String>> newTheme,
            java.util.function.BiConsumer<List<String>, String> group) {
        return new Target() {
            public void over(double x, double y) {
                clear.run();
                ThemeColumn c = Double.isNaN(x) ? null : column.apply(x, y);
                if (c != null) {
                    c.markTarget(true);
                }
            }

            public boolean drop(double x, double y, List<String> k) {
                ThemeColumn c = column.apply(x, y);
                if (c != null) {
                    group.accept(k, c.themeId());
                    return true;
                }
                if (onNewTheme.test(x, y)) {
                    newTheme.accept(k);
                    return true;
                }
                return false;
            }
        };
    }
}
