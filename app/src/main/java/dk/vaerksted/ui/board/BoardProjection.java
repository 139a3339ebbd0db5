package dk.vaerksted.ui.board;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.words.TopWords;
import dk.vaerksted.ui.Subscriptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The board as the room sees it on the projector, in type sized from the screen's height (the
 * projector's font size, {@code em} here): the themes side by side with their first notes; one
 * theme at a time with all its notes; the key points; the most used words as a small cloud in
 * ranked order; the vote — "N af M borde har stemt" while it runs, the dots per theme once
 * revealed. Table names only when the facilitator chooses. Nothing of the laptop: no selection,
 * no hints.
 */
final class BoardProjection extends StackPane {
    /** Notes per theme on the whole board; the rest is counted ("og 12 til"). */
    static final int NOTES_PER_THEME = 4;
    /** Notes of one theme; more do not read from the back of the room. */
    static final int NOTES_OF_ONE_THEME = 9;
    static final int WORDS = 24;
    /** The smallest the board's type gets to fit the screen; below it the rest is cut off. */
    static final double MIN_FIT = 0.55;

    private final BoardViewModel model;
    private final Messages m;
    private final Executor background;
    private final Consumer<Runnable> fx;
    private final VBox content = new VBox();
    /**
     * The width the content is laid out at (the screen's, divided by the scale): what the themes'
     * widths and the wrapping follow, set before each measurement so none is measured at a stale one.
     */
    private final javafx.beans.property.DoubleProperty measure = new javafx.beans.property.SimpleDoubleProperty(1);
    private final javafx.scene.transform.Scale fit = new javafx.scene.transform.Scale(1, 1, 0, 0);
    private List<TopWords.Word> words = List.of();
    private long wordsAsked;

    BoardProjection(BoardViewModel model, Messages m, Subscriptions subs, Executor background, Consumer<Runnable> fx) {
        this.model = model;
        this.m = m;
        this.background = background;
        this.fx = fx;
        setId("board-projection");
        getStyleClass().addAll("vk-audience", "vk-board-projection");
        content.setSpacing(18);
        content.setFillWidth(true);
        getChildren().add(content);
        StackPane.setAlignment(content, Pos.TOP_LEFT);
        content.getTransforms().add(fit);
        for (javafx.beans.Observable o : List.of(model.projectionProperty(), model.columnsProperty(),
                model.projectedThemeProperty(), model.showTablesProperty())) {
            subs.onInvalidate(o, x -> show());
        }
        show();
    }

    private void show() {
        content.getChildren().clear();
        switch (model.projectionProperty().get()) {
            case BOARD -> board();
            case THEME -> theme();
            case KEY_POINTS -> keyPoints();
            case WORDS -> words();
            case VOTES -> votes();
            default -> { }
        }
    }

    private Label text(String s, String style, String id) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        if (id != null) {
            l.setId(id);
        }
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private String withTable(BoardViewModel.Card c) {
        return model.showTablesProperty().get() && c.table() != null ? m.get("board.fromTable", c.text(), c.table())
                : c.text();
    }

    private List<BoardViewModel.Column> themes() {
        return model.columnsProperty().get().stream().filter(c -> c.theme() != null).toList();
    }

    private void board() {
        List<BoardViewModel.Column> themes = themes();
        content.getChildren().add(text(m.get("board.projection.title"), "vk-audience-title", "board-projection-title"));
        if (themes.isEmpty()) {
            List<BoardViewModel.Card> cards = model.columnsProperty().get().get(0).cards();
            VBox notes = new VBox(8);
            cards.stream().limit(NOTES_OF_ONE_THEME).forEach(c -> notes.getChildren().add(text("• " + withTable(c),
                    "vk-board-projection-note", null)));
            content.getChildren().add(notes);
            return;
        }
        FlowPane grid = new FlowPane(32, 24);
        grid.prefWrapLengthProperty().bind(measure.subtract(40));
        for (BoardViewModel.Column c : themes) {
            VBox box = new VBox(6);
            box.getStyleClass().add("vk-board-projection-theme");
            box.prefWidthProperty().bind(measure.multiply(themes.size() <= 2 ? 0.44 : 0.29));
            box.getChildren().add(text(title(c), "vk-board-projection-theme-name", null));
            c.cards().stream().limit(NOTES_PER_THEME).forEach(card -> box.getChildren()
                    .add(text("• " + withTable(card), "vk-board-projection-small", null)));
            if (c.cards().size() > NOTES_PER_THEME) {
                box.getChildren().add(text(m.get("board.more", c.cards().size() - NOTES_PER_THEME),
                        "vk-board-projection-muted", null));
            }
            grid.getChildren().add(box);
        }
        content.getChildren().add(grid);
    }

    private String title(BoardViewModel.Column c) {
        String name = c.theme().name().isBlank() ? m.get("board.unnamed") : c.theme().name();
        return (c.theme().key() ? "★ " : "") + name + (c.dots() >= 0 ? "  ·  " + m.get("board.dots", c.dots()) : "");
    }

    private void theme() {
        BoardViewModel.Column c = model.projectedColumn();
        if (c == null) {
            content.getChildren().add(text(m.get("board.noThemes"), "vk-audience-title", null));
            return;
        }
        List<BoardViewModel.Column> themes = themes();
        content.getChildren().add(text(m.get("board.themeOf", themes.indexOf(c) + 1, themes.size()),
                "vk-audience-exercise", "board-projection-position"));
        content.getChildren().add(text(title(c), "vk-audience-title", "board-projection-theme"));
        VBox notes = new VBox(10);
        c.cards().stream().limit(NOTES_OF_ONE_THEME).forEach(card -> notes.getChildren()
                .add(text("• " + withTable(card), "vk-board-projection-note", null)));
        if (c.cards().size() > NOTES_OF_ONE_THEME) {
            notes.getChildren().add(text(m.get("board.more", c.cards().size() - NOTES_OF_ONE_THEME),
                    "vk-board-projection-muted", null));
        }
        content.getChildren().add(notes);
    }

    private void keyPoints() {
        content.getChildren().add(text(m.get("board.keyPoints"), "vk-audience-title", "board-projection-title"));
        List<String> points = model.keyPoints();
        if (points.isEmpty()) {
            content.getChildren().add(text(m.get("board.noKeyPoints"), "vk-board-projection-muted", null));
        }
        VBox list = new VBox(12);
        points.stream().limit(NOTES_OF_ONE_THEME).forEach(p -> list.getChildren()
                .add(text("★ " + p, "vk-board-projection-note", null)));
        content.getChildren().add(list);
    }

    /** The most used words of the notes on the wall, counted off the FX thread (Lucene loads on first use). */
    private void words() {
        content.getChildren().add(text(m.get("board.words"), "vk-audience-title", "board-projection-title"));
        List<String> texts = new ArrayList<>();
        model.columnsProperty().get().forEach(c -> c.cards().forEach(card -> texts.add(card.text())));
        long asked = ++wordsAsked;
        String language = model.session() == null ? "da" : model.session().language();
        background.execute(() -> {
            List<TopWords.Word> counted = TopWords.of(texts, language, WORDS);
            fx.accept(() -> {
                if (asked == wordsAsked) {
                    words = counted;
                    if (model.projectionProperty().get() == BoardViewModel.Projection.WORDS) {
                        showWords();
                    }
                }
            });
        });
        showWords();
    }

    private void showWords() {
        if (content.getChildren().size() > 1) {
            content.getChildren().remove(1, content.getChildren().size());
        }
        if (words.isEmpty()) {
            return;
        }
        FlowPane cloud = new FlowPane(28, 12);
        cloud.setId("board-projection-words");
        cloud.prefWrapLengthProperty().bind(measure.subtract(40));
        int top = words.get(0).count();
        for (TopWords.Word w : words) {
            Label l = text(w.word(), "vk-board-projection-word", null);
            double size = 0.8 + 1.4 * w.count() / Math.max(1, top);
            l.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fem;", size));
            l.setAccessibleText(m.get("board.wordCount", w.word(), w.count()));
            cloud.getChildren().add(l);
        }
        content.getChildren().add(cloud);
    }

    private void votes() {
        content.getChildren().add(text(m.get("board.vote"), "vk-audience-title", "board-projection-title"));
        Board.Votes v = model.board().votes();
        if (v == null) {
            content.getChildren().add(text(m.get("board.voteNone"), "vk-board-projection-note", null));
            return;
        }
        if (!v.revealed()) {
            content.getChildren().add(text(m.get("board.voteHidden", v.tablesVoted(), v.dots()),
                    "vk-board-projection-note", "board-projection-vote-hidden"));
            return;
        }
        int top = v.totals().values().stream().mapToInt(Integer::intValue).max().orElse(1);
        VBox bars = new VBox(14);
        bars.setId("board-projection-results");
        v.totals().entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> {
            String name = model.board().theme(e.getKey()).map(Board.Theme::name).orElse(e.getKey());
            Region bar = new Region();
            bar.getStyleClass().add("vk-board-projection-bar");
            bar.prefWidthProperty().bind(measure.multiply(0.45 * e.getValue() / Math.max(1, top)));
            bar.setMinHeight(18);
            Label label = text(name, "vk-board-projection-note", null);
            label.setPrefWidth(0);
            HBox.setHgrow(label, Priority.ALWAYS);
            HBox row = new HBox(16, label, bar, text(m.get("board.dots", e.getValue()), "vk-board-projection-note", null));
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(0, 8, 0, 0));
            bars.getChildren().add(row);
        });
        content.getChildren().add(bars);
    }

    /** Never taller than the screen: what does not fit makes the type smaller, not the window taller. */
    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    /**
     * The content at the top left, scaled down (to {@value #MIN_FIT} at the least) when it is taller
     * than the screen, so a full board shows whole instead of cut off at the top and the bottom.
     */
    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = Math.max(1, getWidth() - x - snappedRightInset());
        double h = Math.max(1, getHeight() - y - snappedBottomInset());
        double s = 1;
        measure.set(w);
        while (s > MIN_FIT && content.prefHeight(w / s) * s > h) {
            s = Math.max(MIN_FIT, s * 0.92);
            measure.set(w / s);
        }
        double cw = w / s;
        content.resize(cw, Math.max(content.prefHeight(cw), h / s));
        content.relocate(x, y);
        fit.setX(s);
        fit.setY(s);
    }

    /** Text size relative to the projector's: 1 when everything fits. */
    double fitScale() {
        return fit.getX();
    }

    /** What to put on the projector now: this view, or null when the board is not shown there. */
    Node shown() {
        return model.projectionProperty().get() == BoardViewModel.Projection.NONE ? null : this;
    }
}
