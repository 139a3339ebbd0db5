package dk.vaerksted.cli;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.SessionLock;
import dk.vaerksted.export.PdfFonts;
import dk.vaerksted.export.TableCardSheet;
import dk.vaerksted.room.Addresses;
import dk.vaerksted.room.HeadlessRoomModel;
import dk.vaerksted.room.Room;
import dk.vaerksted.room.RoomModel;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vaerksted room FILE}: the tables' pages without a window. Prints one line per table
 * ("Bord 1: http://…/t/…") on standard output, everything else on standard error; saves the
 * tables' notes to FILE as the app does; SIGTERM or Ctrl+C closes the room (the links die), with
 * every note saved, and exits 0.
 */
@Command(name = "room", mixinStandardHelpOptions = true,
        description = {"Opens the room for FILE's exercise: each table writes its notes from a phone or laptop "
                + "on the local network. Prints each table's link; saves the notes to FILE.",
                "Stop with Ctrl+C or SIGTERM: the room closes, the links stop working, everything is saved."})
final class RoomCommand implements Callable<Integer> {
    @ParentCommand
    VaerkstedCommand parent;

    @Parameters(arity = "1", paramLabel = "FILE", description = "A *.session.json file.")
    Path file;

    @Option(names = "--exercise", paramLabel = "ID", description = "The exercise the tables write to (default: the "
            + "one the room had, or the first).")
    String exercise;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The IP address to listen on (default: the "
            + "address the room had, or this machine's likeliest Wi-Fi or cable address).")
    String bind;

    @Option(names = "--port", paramLabel = "N", description = "The port (default: the one the room had if it is "
            + "free, otherwise any free port).")
    Integer port;

    @Option(names = "--print-cards", paramLabel = "OUT.pdf", description = "Also write the table cards (QR code "
            + "and link per table, four to an A4 sheet) to OUT.pdf.")
    Path cards;

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]+(%[A-Za-z0-9._-]+)?\\]?");

    private final Object lock = new Object();
    private Room room;
    private HeadlessRoomModel model;

    @Override
    public Integer call() {
        Messages m = parent.messages();
        InetAddress address = null;
        if (port != null && (port < 0 || port > 65535)) {
            parent.err.println("vaerksted room: --port " + port + ": 0–65535");
            return 2;
        }
        if (bind != null) {
            address = literal(bind);
            if (address == null || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                parent.err.println("vaerksted room: " + m.get("room.badAddress", bind, addresses()));
                return 2;
            }
        }
        try {
            model = HeadlessRoomModel.open(file, r -> {
                if (r.error() != null) {
                    parent.err.println(file + ": " + m.get("room.saveFailed", String.valueOf(r.error().getMessage())));
                }
            });
        } catch (SessionLock.LockedException e) {
            parent.err.println(file + ": " + m.get("room.locked"));
            return 1;
        } catch (SessionFormatException e) {
            parent.err.println(e.describe(m));
            return 1;
        } catch (IOException e) {
            parent.err.println(file + ": " + m.get("file.unreadable", String.valueOf(e.getMessage())));
            return 1;
        }
        // From here on a signal closes whatever is open, saves, and ends the process with 0.
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            shutDown(m);
            stopped.countDown();
            // Stopped by a signal as asked: that is a normal end, not a failure.
            Runtime.getRuntime().halt(0);
        }, "room-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Session s = model.session();
        String problem = exerciseProblem(s, m);
        if (problem != null) {
            parent.err.println(file + ": " + problem);
            return fail(hook);
        }
        Room opened;
        try {
            opened = Room.open(model, Room.Options.defaults().withExercise(exercise).withAddress(address)
                    .withPort(port));
            synchronized (lock) {
                room = opened;
            }
            // The tokens are on disk before anyone sees a link: after a crash the same links work.
            model.flush();
        } catch (BindException e) {
            parent.err.println("vaerksted room: " + (port != null && port != 0 && address != null
                    && isLocal(address) ? m.get("room.portTaken", port, bind)
                    : m.get("room.badAddress", bind == null ? "" : bind, addresses())));
            return fail(hook);
        } catch (IOException | RoomModel.UnavailableException | RuntimeException e) {
            parent.err.println("vaerksted room: " + e.getMessage());
            return fail(hook);
        }
        List<Room.TableLink> links = opened.links();
        Session now = opened.model().session();
        if (cards != null) {
            // Before the links are printed: when they are, everything is ready.
            try {
                int pages = new TableCardSheet(new PdfFonts()).print(links.stream()
                        .map(l -> new TableCardSheet.Table(l.name(), l.link())).toList(),
                        Locale.forLanguageTag(now.language()), cards);
                parent.err.println(m.get("room.cards", m.get("export.written", cards, pages)));
            } catch (IOException | RuntimeException x) {
                parent.err.println(cards + ": " + m.get("export.failed", String.valueOf(x.getMessage())));
            }
        }
        for (Room.TableLink l : links) {
            parent.out.println(l.name() + ": " + l.link());
        }
        parent.out.flush();
        Exercise e = dk.vaerksted.core.session.RoomState.of(now).flatMap(r -> r.exercise(now)).orElseThrow();
        parent.err.println(m.get("room.open", opened.server().socketAddress().getAddress().getHostAddress() + ":"
                + opened.server().port(), e.title() == null ? e.id() : e.title()));
        parent.err.println(m.get("room.addresses", addresses()));
        try {
            stopped.await();
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            shutDown(m);
        }
        return 0;
    }

    /** Nothing was opened after all: no hook, the file let go, exit code 1. */
    private int fail(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            return 1; // already shutting down: the hook closes the file
        }
        closeModel();
        return 1;
    }

    /** Closes the room (the tokens leave the file), saves everything, lets go of the file. */
    private void shutDown(Messages m) {
        synchronized (lock) {
            if (model == null) {
                return;
            }
            if (room != null) {
                try {
                    room.close();
                } catch (RoomModel.UnavailableException | RuntimeException e) {
                    parent.err.println("vaerksted room: " + e.getMessage());
                }
                room = null;
            }
            closeModel();
            model = null;
            parent.err.println(m.get("room.closed", file));
            parent.out.flush();
            parent.err.flush();
        }
    }

    private void closeModel() {
        try {
            model.close();
        } catch (IOException e) {
            parent.err.println(file + ": " + e.getMessage());
        }
    }

    private String exerciseProblem(Session s, Messages m) {
        if (exercise != null && dk.vaerksted.core.session.SessionEdits.exercise(s, exercise).isEmpty()) {
            return m.get("room.noExercise", exercise,
                    s.exercises().stream().map(Exercise::id).collect(Collectors.joining(", ")));
        }
        Exercise e = exercise != null ? dk.vaerksted.core.session.SessionEdits.exercise(s, exercise).orElseThrow()
                : dk.vaerksted.core.session.RoomState.of(s).flatMap(r -> r.exercise(s))
                        .orElse(s.exercises().isEmpty() ? null : s.exercises().get(0));
        if (e == null) {
            return m.get("room.noExercise", "", "");
        }
        if (e.groups().isEmpty()) {
            return m.get("room.noTables", e.id());
        }
        return null;
    }

    /** An IP address written out; never a name (no name is looked up). */
    static InetAddress literal(String text) {
        String t = text.strip();
        boolean v4 = IPV4.matcher(t).matches();
        boolean v6 = !v4 && t.contains(":") && IPV6.matcher(t).matches();
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(t.startsWith("[") && t.endsWith("]") ? t.substring(1, t.length() - 1) : t);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean isLocal(InetAddress a) {
        try {
            return a.isLoopbackAddress() || Addresses.list().stream().anyMatch(c -> c.address().equals(a));
        } catch (IOException e) {
            return false;
        }
    }

    private static String addresses() {
        try {
            return Addresses.list().stream().map(Addresses.Candidate::host).collect(Collectors.joining(", "));
        } catch (IOException e) {
            return "127.0.0.1";
        }
    }
}
