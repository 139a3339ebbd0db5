package dk.vaerksted.ui.room;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.RoomState;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.room.ConfinedRoomModel;
import dk.vaerksted.room.Room;
import dk.vaerksted.room.RoomEdits;
import dk.vaerksted.room.RoomModel;
import dk.vaerksted.room.Running;
import dk.vaerksted.room.Tokens;
import dk.vaerksted.ui.session.SessionViewModel;
import dk.vaerksted.ui.timer.RunViewModel;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The tables' room as the window runs it (issue 15): opened only when the facilitator asks, it
 * serves each table's page from the open session; the tables' notes arrive through the session's
 * own model (on the FX thread, not on the facilitator's undo) and the running countdown reaches
 * their pages. It follows the exercise shown, stops serving when the session is left (its links
 * kept in the file, so the same printed codes work when it is opened again) and ends with *Luk for
 * bordene* (the links die). Starting and ending the server happen off the FX thread.
 */
public final class RoomController {
    private static final Logger LOG = Logger.getLogger(RoomController.class.getName());
    private static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(5);

    private final SessionViewModel session;
    private final RunViewModel run;
    private final Executor background;
    private final LongSupplier nanoClock;
    private final Messages m;
    private ConfinedRoomModel model;
    private Room room;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<List<Room.TableLink>> links = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public RoomController(SessionViewModel session, RunViewModel run, Executor background, LongSupplier nanoClock,
            Messages m) {
        this.session = session;
        this.run = run;
        this.background = background;
        this.nanoClock = nanoClock;
        this.m = m;
        session.sessionProperty().addListener((o, a, s) -> {
            if (model != null && s != null) {
                model.sessionChanged(s);
                refreshLinks();
            }
            showStatus();
        });
        session.exerciseProperty().addListener((o, a, e) -> follow(e));
        run.addOnChanged(this::runningChanged);
    }

    /** Whether the tables' pages are served now. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Each table's name and link while the room is open. */
    public ReadOnlyObjectProperty<List<Room.TableLink>> linksProperty() {
        return links.getReadOnlyProperty();
    }

    /** The room in words for the session's heading: open at which address, or left open last time; else empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The address the room had last time (to choose it again), or null. */
    public String previousAddress() {
        Session s = session.sessionProperty().get();
        return s == null ? null : RoomState.of(s).map(RoomState::address).orElse(null);
    }

    /**
     * Opens the room for the shown exercise at {@code address} (null: the likeliest, or last
     * time's) and {@code port} (null: last time's if free, else any); in the background.
     */
    public void open(InetAddress address, Integer port, Runnable onOpen, Consumer<Exception> onError) {
        Session s = session.sessionProperty().get();
        Exercise e = session.exerciseProperty().get();
        if (s == null || e == null || room != null) {
            return;
        }
        model = new ConfinedRoomModel(Platform::runLater, Platform::isFxApplicationThread,
                new ConfinedRoomModel.Owner() {
                    @Override
                    public Session current() {
                        return session.sessionProperty().get();
                    }

                    @Override
                    public void replace(Session next) {
                        session.applyFromRoom(next);
                    }
                }, s, CHANGE_TIMEOUT);
        runningChanged();
        ConfinedRoomModel opening = model;
        background.execute(() -> {
            try {
                Room r = Room.open(opening, Room.Options.defaults().withExercise(e.id()).withAddress(address)
                        .withPort(port).withNanoClock(nanoClock));
                Platform.runLater(() -> {
                    room = r;
                    open.set(true);
                    session.flush(); // the tokens on disk before any link is shown
                    refreshLinks();
                    showStatus();
                    onOpen.run();
                });
            } catch (Exception ex) {
                LOG.log(Level.WARNING, "the room could not be opened", ex);
                Platform.runLater(() -> {
                    if (model == opening) {
                        model.close();
                        model = null;
                    }
                    onError.accept(ex);
                });
            }
        });
    }

    /**
     * *Luk for bordene*: the server stops (in the background); with {@code keepLinks} the same links
     * work again when the room is reopened, without every table's link dies for good.
     */
    public void close(boolean keepLinks, Consumer<Exception> onError) {
        Room r = room;
        ConfinedRoomModel mo = model;
        if (r == null) {
            return;
        }
        room = null;
        open.set(false);
        links.set(List.of());
        background.execute(() -> {
            try {
                r.close(keepLinks);
            } catch (Exception ex) {
                LOG.log(Level.WARNING, "closing the room failed", ex);
                Platform.runLater(() -> onError.accept(ex));
            } finally {
                mo.close();
                Platform.runLater(this::showStatus);
            }
        });
        model = null;
    }

    /** The session is left: the pages stop, the room stays open in the file (same links next time). */
    public void stop() {
        Room r = room;
        ConfinedRoomModel mo = model;
        room = null;
        model = null;
        open.set(false);
        links.set(List.of());
        status.set("");
        if (r != null) {
            background.execute(() -> {
                r.stop();
                mo.close();
            });
        } else if (mo != null) {
            mo.close();
        }
    }

    /** A new link for one table (a lost or shared code); the old one stops at once. */
    public void renew(String tableId, Consumer<Exception> onError) {
        Room r = room;
        if (r == null) {
            return;
        }
        background.execute(() -> {
            try {
                r.renew(tableId);
                Platform.runLater(this::refreshLinks);
            } catch (Exception ex) {
                LOG.log(Level.WARNING, "renewing the link of " + tableId + " failed", ex);
                Platform.runLater(() -> onError.accept(ex));
            }
        });
    }

    /** The tables answer the plenary harvest's prompts on their pages, or stop doing so. */
    public void harvest(boolean on) {
        edit(RoomEdits.harvest(on));
    }

    /** The tables can no longer correct or delete their notes of the shown exercise, or can again. */
    public void lockExercise(boolean locked) {
        Exercise e = session.exerciseProperty().get();
        if (e != null) {
            edit(RoomEdits.closeExercise(e.id(), locked));
        }
    }

    /** Whether the shown exercise is locked for the tables. */
    public boolean exerciseLocked() {
        Session s = session.sessionProperty().get();
        Exercise e = session.exerciseProperty().get();
        return s != null && e != null && RoomState.of(s).map(r -> r.isClosed(e.id())).orElse(false);
    }

    /** Whether the tables answer the harvest now. */
    public boolean harvestOpen() {
        Session s = session.sessionProperty().get();
        return s != null && RoomState.of(s).map(RoomState::harvest).orElse(false);
    }

    private void edit(java.util.function.Function<Session, RoomModel.Change<RoomState>> change) {
        ConfinedRoomModel mo = model;
        if (mo == null) {
            return;
        }
        try {
            mo.apply(change); // on the FX thread: applied at once
        } catch (RoomModel.UnavailableException ex) {
            LOG.log(Level.WARNING, "the room's state could not be changed", ex);
        }
    }

    /** The room follows the exercise the facilitator shows: its tables write there. */
    private void follow(Exercise e) {
        if (room == null || e == null || e.groups().isEmpty()) {
            return;
        }
        Session s = session.sessionProperty().get();
        String current = RoomState.of(s).map(RoomState::exerciseId).orElse(null);
        if (!e.id().equals(current)) {
            edit(RoomEdits.switchExercise(e.id(), Tokens.source()));
            refreshLinks();
        }
    }

    private void runningChanged() {
        ConfinedRoomModel mo = model;
        if (mo == null) {
            return;
        }
        Exercise e = run.exerciseProperty().get();
        var snapshot = run.snapshot();
        int index = run.stepIndex();
        if (e != null && run.finishedProperty().get()) {
            mo.runningChanged(Running.ended(e.id(), nanoClock.getAsLong()));
            return;
        }
        mo.runningChanged(e == null || snapshot == null || index < 0 || !run.startedProperty().get()
                ? Running.NONE : Running.of(e, index, snapshot, run.warningNanos(), nanoClock.getAsLong()));
    }

    private void refreshLinks() {
        links.set(room == null ? List.of() : room.links());
    }

    private void showStatus() {
        Session s = session.sessionProperty().get();
        RoomState r = s == null ? null : RoomState.of(s).orElse(null);
        if (room != null && r != null) {
            status.set(m.get("room.status.open", r.address() + ":" + r.port(), links.get().size()));
        } else if (r != null && r.open()) {
            status.set(m.get("room.status.wasOpen"));
        } else {
            status.set("");
        }
    }
}
