package dk.vaerksted.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The looks: light (the default), dark, and a high-contrast one for projectors in bright rooms.
 * A theme is an AtlantaFX user-agent stylesheet plus our own variables.
 */
public enum Theme {
    LIGHT(null),
    DARK("/dk/vaerksted/ui/dark.css"),
    PROJECTOR("/dk/vaerksted/ui/projector.css");

    private final String overrides;

    Theme(String overrides) {
        this.overrides = overrides;
    }

    public static Theme parse(String name) {
        try {
            return Theme.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return LIGHT;
        }
    }

    /**
     * Sets the user-agent stylesheet for the whole app (call on the FX thread, before the first
     * control is made: a control made earlier loads JavaFX's own Modena stylesheet first, in vain).
     */
    public void applyGlobally() {
        String url = userAgentStylesheet();
        if (!url.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(url);
        }
    }

    /**
     * The AtlantaFX stylesheet of this theme (binary CSS). The projector's is the dark one: its
     * popups, tooltips and dialogs are drawn light on dark, and projector.css makes them white on black.
     */
    String userAgentStylesheet() {
        return this == LIGHT
                ? new PrimerLight().getUserAgentStylesheetBSS()
                : new PrimerDark().getUserAgentStylesheetBSS();
    }

    /**
     * Reads this theme's user-agent stylesheet into JavaFX's style manager ahead of time, on the
     * calling thread, while the toolkit starts: {@link #applyGlobally} then finds it read. The style
     * manager is thread-safe (it locks); should this ever fail, applyGlobally reads it as before.
     */
    void preload() {
        try {
            com.sun.javafx.css.StyleManager.getInstance().setUserAgentStylesheets(java.util.List.of(userAgentStylesheet()));
        } catch (RuntimeException | LinkageError e) {
            java.util.logging.Logger.getLogger(Theme.class.getName())
                    .log(java.util.logging.Level.INFO, "the stylesheet is read when the window opens", e);
        }
    }

    /** Our stylesheet, then this theme's overrides, on a scene. */
    public void apply(Scene scene) {
        scene.getStylesheets().setAll(Theme.class.getResource(Styles.STYLESHEET).toExternalForm());
        if (overrides != null) {
            scene.getStylesheets().add(Theme.class.getResource(overrides).toExternalForm());
        }
    }
}
