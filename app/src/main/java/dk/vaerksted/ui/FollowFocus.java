package dk.vaerksted.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A long form in a scroll pane follows the keyboard: the field that gets the focus (Tab,
 * Ctrl+Tab) is scrolled into view, so nobody types into a field they cannot see.
 */
public final class FollowFocus {
    private FollowFocus() {}

    public static void install(ScrollPane pane) {
        pane.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((x, was, now) -> {
                    if (now != null && pane.getContent() != null && isInside(now, pane.getContent())) {
                        show(pane, now);
                    }
                });
            }
        });
    }

    private static boolean isInside(Node n, Node content) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == content) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scrolls the form that holds {@code node} so it is seen, once laid out: for a field just made
     * (a row added), whose place is unknown until the next layout, when the focus reached it.
     */
    public static void reveal(Node node) {
        if (node.getScene() == null) {
            return;
        }
        node.getScene().getRoot().applyCss();
        node.getScene().getRoot().layout();
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane && pane.getContent() != null && isInside(node, pane.getContent())) {
                show(pane, node);
                return;
            }
        }
    }

    /** Scrolls vertically the least that shows {@code node} whole (or its top, if it is taller than the view). */
    static void show(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double top = pane.getVvalue() * (contentHeight - viewHeight);
        double target = top;
        if (b.getMinY() < top) {
            target = b.getMinY();
        } else if (b.getMaxY() > top + viewHeight) {
            target = Math.min(b.getMinY(), b.getMaxY() - viewHeight);
        }
        pane.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewHeight))));
    }
}
