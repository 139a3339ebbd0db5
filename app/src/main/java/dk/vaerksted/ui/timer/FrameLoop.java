package dk.vaerksted.ui.timer;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;

/** Calls {@code onFrame} on every frame while {@code node} is in a scene, and not otherwise. */
public final class FrameLoop {
    private FrameLoop() {}

    /** Starts now if the node is shown; returns the timer so its owner can stop it when disposed. */
    public static AnimationTimer whileShown(Node node, Runnable onFrame) {
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame.run();
            }
        };
        node.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                frames.stop();
            } else {
                frames.start();
            }
        });
        if (node.getScene() != null) {
            frames.start();
        }
        return frames;
    }
}
