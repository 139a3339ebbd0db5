package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

/** The menu bar: what the window can do, with its shortcuts; the session's items only with a session open. */
final class AppMenus {
    /** What the menus ask the window to do. */
    interface Actions {
        void open();

        void save();

        void saveAs();

        void export();

        void editSession();

        void saveAsTemplate();

        void versions();

        void home();

        void quit();

        void toggleProjector();

        void toggleBlank();

        /** Høst: the harvest board (issue 16). */
        void board();

        void theme(Theme t);

        void language(Locale l);

        void openRoom();

        void closeRoom();

        void showCodes(boolean on);

        void roomHarvest(boolean on);

        void lockRoomExercise(boolean on);

        void renewTable();

        void printTableCards();
    }

    private final MenuBar bar;
    private final List<MenuItem> sessionItems;
    private final MenuItem export;

    AppMenus(Messages m, AppContext ctx, Theme current, Actions a) {
        MenuItem open = item(m, "menu.open", "Shortcut+O", a::open);
        MenuItem save = item(m, "menu.save", "Shortcut+S", a::save);
        MenuItem saveAs = item(m, "menu.saveAs", "Shortcut+Shift+S", a::saveAs);
        export = item(m, "menu.export", "Shortcut+E", a::export);
        MenuItem edit = item(m, "menu.edit", "Shortcut+K", a::editSession);
        MenuItem saveTemplate = item(m, "menu.saveAsTemplate", null, a::saveAsTemplate);
        MenuItem versions = item(m, "menu.versions", null, a::versions);
        MenuItem home = item(m, "menu.home", "Shortcut+H", a::home);
        MenuItem quit = item(m, "menu.quit", "Shortcut+Q", a::quit);
        Menu file = new Menu(m.get("menu.file"), null, open, save, saveAs, versions, new SeparatorMenuItem(), export,
                edit, saveTemplate, new SeparatorMenuItem(), home, quit);

        MenuItem projector = item(m, "menu.projector", "F5", a::toggleProjector);
        MenuItem blank = item(m, "menu.blank", null, a::toggleBlank);
        MenuItem board = item(m, "menu.board", "Shortcut+B", a::board);
        CheckMenuItem sound = new CheckMenuItem(m.get("menu.sound"));
        sound.setId("menu-sound");
        sound.setSelected(!ctx.chime().mutedProperty().get());
        ctx.chime().mutedProperty().bind(sound.selectedProperty().not());
        Slider volume = new Slider(0, 1, ctx.chime().volumeProperty().get());
        volume.setId("menu-volume");
        volume.setAccessibleText(m.get("menu.volume"));
        ctx.chime().volumeProperty().bind(volume.valueProperty());
        CustomMenuItem volumeItem = new CustomMenuItem(new HBox(8, new Label(m.get("menu.volume")), volume), false);
        Menu themes = new Menu(m.get("menu.theme"));
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme t : Theme.values()) {
            themes.getItems().add(radio(m.get("theme." + t.name()), "theme-" + t.name(), themeGroup, t == current,
                    x -> a.theme(t)));
        }
        Menu languages = new Menu(m.get("menu.language"));
        ToggleGroup languageGroup = new ToggleGroup();
        for (Locale l : List.of(Messages.DANISH, Messages.ENGLISH)) {
            languages.getItems().add(radio(l.getDisplayLanguage(l), "language-" + l.getLanguage(), languageGroup,
                    l.equals(m.locale()), x -> a.language(l)));
        }
        Menu view = new Menu(m.get("menu.view"), null, projector, blank, board, new SeparatorMenuItem(), sound, volumeItem,
                themes, languages);
        MenuItem openRoom = item(m, "menu.room.open", null, a::openRoom);
        MenuItem closeRoom = item(m, "menu.room.close", null, a::closeRoom);
        codes = check(m, "menu.room.codes", a::showCodes);
        harvest = check(m, "menu.room.harvest", a::roomHarvest);
        lock = check(m, "menu.room.lock", a::lockRoomExercise);
        MenuItem renew = item(m, "menu.room.renew", null, a::renewTable);
        MenuItem cards = item(m, "menu.room.cards", null, a::printTableCards);
        Menu room = new Menu(m.get("menu.room"), null, openRoom, closeRoom, new SeparatorMenuItem(), codes, harvest, lock,
                new SeparatorMenuItem(), renew, cards);
        room.setId("menu-room");
        bar = new MenuBar(file, view, room);
        bar.setId("menu-bar");
        sessionItems = List.of(save, saveAs, versions, export, edit, saveTemplate, projector, blank, board, openRoom);
        roomItems = List.of(closeRoom, codes, harvest, lock, renew, cards);
        roomOpenItem = openRoom;
        roomOpen(false, false, false);
    }

    private final List<MenuItem> roomItems;
    private final MenuItem roomOpenItem;
    private final CheckMenuItem codes;
    private final CheckMenuItem harvest;
    private final CheckMenuItem lock;

    /** The room's items: open or not, and the state of its switches. */
    void roomOpen(boolean open, boolean harvestOn, boolean locked) {
        roomItems.forEach(i -> i.setDisable(!open));
        roomOpenItem.setVisible(!open);
        harvest.setSelected(harvestOn);
        lock.setSelected(locked);
    }

    /** Whether the QR codes are on the projector. */
    void codesShown(boolean on) {
        codes.setSelected(on);
    }

    private static CheckMenuItem check(Messages m, String key, Consumer<Boolean> action) {
        CheckMenuItem item = new CheckMenuItem(m.get(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(e -> action.accept(item.isSelected()));
        return item;
    }

    MenuBar bar() {
        return bar;
    }

    /** The items that act on an open session. */
    void sessionOpen(boolean open) {
        sessionItems.forEach(i -> i.setDisable(!open));
        if (!open) {
            roomItems.forEach(i -> i.setDisable(true));
            roomOpenItem.setVisible(true);
        }
    }

    /** Export stays off while one runs. */
    void exporting(boolean busy) {
        export.setDisable(busy);
    }

    private static MenuItem item(Messages m, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(m.get(key));
        item.setId(key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        // After the key event that chose it: a dialog's nested event loop must not run inside a key
        // handler, or the key's own typed character reaches the field behind when the dialog closes.
        item.setOnAction(e -> javafx.application.Platform.runLater(action));
        return item;
    }

    private static RadioMenuItem radio(String text, String id, ToggleGroup group, boolean selected,
            Consumer<RadioMenuItem> action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> action.accept(item));
        return item;
    }
}
