package dk.vaerksted.ui;

/** Style-class names used by the views; the look itself is in app.css. */
public final class Styles {
    private Styles() {}

    public static final String STYLESHEET = "/dk/vaerksted/ui/app.css";

    public static final String CARD = "vk-card";
    public static final String CARD_META = "vk-card-meta";
    public static final String CARD_TITLE = "vk-card-title";
    public static final String CARD_QUESTION = "vk-card-question";
    public static final String CARD_BODY = "vk-card-body";
    public static final String CARD_STRONG = "vk-card-strong";
    public static final String CARD_LABEL = "vk-card-label";
    public static final String CARD_ITEM = "vk-card-item";
    public static final String CARD_WHAT_IF = "vk-card-whatif";
    public static final String CARD_SOURCE = "vk-card-source";

    public static final String PAGE_TITLE = "vk-page-title";
    public static final String SECTION_TITLE = "vk-section-title";
    public static final String MUTED = "vk-muted";
    public static final String TILE = "vk-tile";
    public static final String TILE_TITLE = "vk-tile-title";
    public static final String NOTE = "vk-note";
    public static final String STATUS = "vk-status";
}
