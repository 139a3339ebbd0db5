package dk.vaerksted.bench;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.RoomState;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.room.HeadlessRoomModel;
import dk.vaerksted.room.Room;
import dk.vaerksted.room.RoomServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The room under 100 phones (issue 15: p99 from POST to the note in the model at most 100 ms,
 * resident memory with the room open at most 350 MB). Every phone keeps its table's live stream
 * open, as an open page does, and posts notes through its own connection.
 *
 * <pre>
 * RoomBench model FILE [CLIENTS=100] [NOTES=20] [flat]
 *     In this process: the room over FILE's copy with the app's model path (one owner thread,
 *     autosave). In NOTES rounds every phone posts a note at the same moment (with "flat": each
 *     phone posts its notes back to back, as fast as the room answers); the time from just before the POST
 *     to the moment the note is in the model (the owner thread's change, seen by a listener) and
 *     the POST's round trip. The per-table rate limit is lifted for this stress (the default,
 *     30 at once and 5 a second per table, would refuse most of it).
 *
 * RoomBench process LAUNCHER FILE [CLIENTS=100] [SECONDS=60]
 *     `vaerksted room FILE` as its own process with its default limits; each phone writes a
 *     note every 2 s (± 1 s), as a busy table at most would. The process's resident memory
 *     (VmRSS, sampled each 0.2 s; VmHWM at the end), the round trips, then SIGTERM: exit code
 *     and every accepted note in the file exactly once.
 * </pre>
 */
public final class RoomBench {
    private RoomBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("model")) {
            model(Path.of(args[1]), arg(args, 2, 100), arg(args, 3, 20), !(args.length > 4 && args[4].equals("flat")));
        } else if (args.length >= 3 && args[0].equals("process")) {
            process(Path.of(args[1]), Path.of(args[2]), arg(args, 3, 100), arg(args, 4, 60));
        } else {
            System.err.println("usage: RoomBench model FILE [CLIENTS] [NOTES] | process LAUNCHER FILE [CLIENTS] [SECONDS]");
            System.exit(2);
        }
    }

    private static int arg(String[] a, int i, int dflt) {
        return a.length > i ? Integer.parseInt(a[i]) : dflt;
    }

    private static String form(String text, String id) {
        return "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&id=" + id;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A phone's open page: the live stream, read and thrown away on its own thread. */
    private static void openPage(HttpClient http, String link, CountDownLatch opened) {
        Thread t = new Thread(() -> {
            try {
                HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(URI.create(link + "/events")).build(),
                        HttpResponse.BodyHandlers.ofLines());
                opened.countDown();
                r.body().forEach(line -> { });
            } catch (Exception e) {
                opened.countDown();
            }
        }, "page");
        t.setDaemon(true);
        t.start();
    }

    private static String stats(String name, List<Double> ms) {
        double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (a.length == 0) {
            return name + " n=0";
        }
        return String.format(Locale.ROOT, "%s n=%d p50=%.1f p90=%.1f p99=%.1f max=%.1f ms", name, a.length,
                a[(int) Math.floor(0.50 * (a.length - 1))], a[(int) Math.floor(0.90 * (a.length - 1))],
                a[(int) Math.floor(0.99 * (a.length - 1))], a[a.length - 1]);
    }

    static void model(Path sample, int clients, int notes, boolean rounds) throws Exception {
        java.util.concurrent.CyclicBarrier together = rounds ? new java.util.concurrent.CyclicBarrier(clients) : null;
        Path dir = Files.createTempDirectory("room-bench");
        Path file = dir.resolve("bench.session.json");
        Files.copy(sample, file);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> inModel = new ConcurrentHashMap<>();
        HeadlessRoomModel model = HeadlessRoomModel.open(file, r -> {
            if (r.error() != null) {
                System.err.println("save failed: " + r.error());
            }
        });
        long t0 = System.nanoTime();
        Room room = Room.open(model, Room.Options.defaults().withAddress(InetAddress.getByName("127.0.0.1"))
                .withPort(0).withLimits(RoomServer.Limits.defaults().withWrites(1_000_000, 1_000_000)));
        double startMs = (System.nanoTime() - t0) / 1e6;
        // The listener runs on the model's owner thread right after each change, as a view would see it.
        Map<String, Integer> seenPerGroup = new HashMap<>();
        model.subscribe(() -> {
            long now = System.nanoTime();
            Session s = model.session();
            Exercise e = RoomState.of(s).flatMap(r -> r.exercise(s)).orElseThrow();
            for (Group g : e.groups()) {
                int from = seenPerGroup.getOrDefault(g.id(), 0);
                List<Note> ns = g.notes();
                for (int i = from; i < ns.size(); i++) {
                    if (ns.get(i).clientId() != null) {
                        inModel.putIfAbsent(ns.get(i).clientId(), now);
                    }
                }
                seenPerGroup.put(g.id(), ns.size());
            }
        });
        List<Room.TableLink> links = room.links();
        List<Double> roundTrips = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch pagesOpen = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> phones = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        // One client for the pages' streams, one for the posts: each request still has its own
        // connection (HTTP/1.1), without a selector thread per phone in this process.
        HttpClient pages = client();
        HttpClient http = client();
        for (int c = 0; c < clients; c++) {
            Room.TableLink table = links.get(c % links.size());
            int phone = c;
            openPage(pages, table.link(), pagesOpen);
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    for (int n = 0; n < notes; n++) {
                        if (together != null) {
                            together.await();
                        }
                        String id = String.format("p%03d-n%03d-xxxxxxxx", phone, n);
                        HttpRequest req = HttpRequest.newBuilder(URI.create(table.link()))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(form(table.name() + " telefon " + phone
                                        + " note " + n + " – æøå", id))).build();
                        long start = System.nanoTime();
                        sentAt.put(id, start);
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        roundTrips.add((System.nanoTime() - start) / 1e6);
                        if (r.statusCode() != 201) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }, "phone-" + c);
            phones.add(t);
            t.start();
        }
        pagesOpen.await(60, TimeUnit.SECONDS);
        // A first round warms the server's code paths (as in an app that has run a while); then the measured run.
        HttpClient warm = client();
        for (int n = 0; n < 400; n++) {
            Room.TableLink table = links.get(n % links.size());
            warm.send(HttpRequest.newBuilder(URI.create(table.link()))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form("opvarmning " + n, String.format("warm-%04d-xxxx", n))))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
        long runStart = System.nanoTime();
        go.countDown();
        for (Thread t : phones) {
            t.join();
        }
        double seconds = (System.nanoTime() - runStart) / 1e9;
        List<Double> toModel = new ArrayList<>();
        sentAt.forEach((id, at) -> {
            Long in = inModel.get(id);
            if (in != null) {
                toModel.add((in - at) / 1e6);
            }
        });
        model.flush();
        Session onDisk = new SessionStore().readSession(file);
        long tableNotes = onDisk.exercises().stream().flatMap(e -> e.groups().stream())
                .flatMap(g -> g.notes().stream()).filter(n -> n.clientId() != null).count();
        System.out.printf(Locale.ROOT, "room started in %.0f ms; %d phones on %d tables, %d notes each (%s), "
                + "all pages live; %.1f s, %.0f notes/s; failures %d; in the file %d of %d (+400 warm-up)%n", startMs,
                clients, links.size(), notes, rounds ? "all phones at once, round after round" : "back to back",
                seconds, clients * notes / seconds, failures.get(), tableNotes, clients * notes);
        System.out.println(stats("post-to-model", toModel) + " (goal p99 <= 100)");
        System.out.println(stats("post-round-trip", roundTrips));
        room.close();
        model.close();
        System.exit(0);
    }

    static long rssKb(long pid, String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static void process(Path launcher, Path sample, int clients, int seconds) throws Exception {
        Path dir = Files.createTempDirectory("room-bench");
        Path file = dir.resolve("bench.session.json");
        Files.copy(sample, file);
        Process p = new ProcessBuilder(launcher.toString(), "--lang", "en", "room", file.toString(), "--bind",
                "127.0.0.1").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String[]> links = new ArrayList<>();
        Session s = new SessionStore().readSession(sample);
        int tables = s.exercises().get(0).groups().size();
        for (int i = 0; i < tables; i++) {
            String line = out.readLine();
            int colon = line.lastIndexOf(": ");
            links.add(new String[] {line.substring(0, colon), line.substring(colon + 2)});
        }
        long pid = p.pid();
        long rssOpen = rssKb(pid, "VmRSS");
        List<Double> roundTrips = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong peak = new AtomicLong(rssOpen);
        CountDownLatch pagesOpen = new CountDownLatch(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> phones = new ArrayList<>();
        HttpClient pages = client();
        HttpClient http = client();
        for (int c = 0; c < clients; c++) {
            String[] table = links.get(c % links.size());
            int phone = c;
            openPage(pages, table[1], pagesOpen);
            Thread t = new Thread(() -> {
                Random random = new Random(phone);
                int n = 0;
                try {
                    Thread.sleep(random.nextInt(2000));
                    while (System.nanoTime() < end) {
                        String id = String.format("p%03d-n%04d-xxxxxxxx", phone, n++);
                        HttpRequest req = HttpRequest.newBuilder(URI.create(table[1]))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(form(table[0] + " telefon " + phone
                                        + " note " + n + " – æøå", id))).build();
                        long start = System.nanoTime();
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        roundTrips.add((System.nanoTime() - start) / 1e6);
                        if (r.statusCode() == 201) {
                            accepted.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                        Thread.sleep(1000 + random.nextInt(2000));
                    }
                } catch (Exception e) {
                    refused.incrementAndGet();
                }
            }, "phone-" + c);
            phones.add(t);
            t.start();
        }
        while (System.nanoTime() < end) {
            peak.accumulateAndGet(rssKb(pid, "VmRSS"), Math::max);
            Thread.sleep(200);
        }
        for (Thread t : phones) {
            t.join();
        }
        long hwm = rssKb(pid, "VmHWM");
        long rssEnd = rssKb(pid, "VmRSS");
        p.destroy();
        boolean ended = p.waitFor(30, TimeUnit.SECONDS);
        Session onDisk = new SessionStore().readSession(file);
        Map<String, Integer> seen = new HashMap<>();
        onDisk.exercises().stream().flatMap(e -> e.groups().stream()).flatMap(g -> g.notes().stream())
                .filter(n -> n.clientId() != null).forEach(n -> seen.merge(n.clientId(), 1, Integer::sum));
        boolean once = seen.values().stream().allMatch(v -> v == 1);
        System.out.printf(Locale.ROOT, "%d phones, %d s, notes accepted %d, refused %d; in the file %d (each once: %s); "
                + "exit %s%n", clients, seconds, accepted.get(), refused.get(), seen.size(), once,
                ended ? String.valueOf(p.exitValue()) : "none");
        System.out.println(stats("post-round-trip", roundTrips));
        System.out.printf(Locale.ROOT, "rss-mb open=%.0f peak=%.0f hwm=%.0f end=%.0f (goal <= 350)%n", rssOpen / 1024.0,
                peak.get() / 1024.0, hwm / 1024.0, rssEnd / 1024.0);
        System.exit(0);
    }
}
