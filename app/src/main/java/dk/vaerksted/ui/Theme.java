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

    /** Sets the user-agent stylesheet for the whole app (call on the FX thread). */
    public void applyGlobally() {
        Application.setUserAgentStylesheet(this == LIGHT || this == PROJECTOR
                ? new PrimerLight().getUserAgentStylesheetBSS()
                : new PrimerDark().getUserAgentStylesheetBSS());
    }

    /** Our stylesheet, then this theme's overrides, on a scene. */
    public void apply(Scene scene) {
        scene.getStylesheets().setAll(Theme.class.getResource(Styles.STYLESHEET).toExternalForm());
        if (overrides != null) {
            scene.getStylesheets().add(Theme.class.getResource(overrides).toExternalForm());
        }
    }
}
