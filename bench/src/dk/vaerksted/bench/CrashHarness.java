package dk.vaerksted.bench;

import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Kills a process that types notes with autosave ({@link CrashTarget}) with SIGKILL at random
 * moments, {@code runs} times (default 100), and checks after each kill that the session file
 * parses and holds every note announced more than one second before the kill.
 */
public final class CrashHarness {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path sample = Path.of(args.length > 1 ? args[1] : "samples/halvfaerdig.session.json").toAbsolutePath();
        Random random = new Random(2024);
        Path dir = Files.createTempDirectory("vaerksted-crash");
        int unreadable = 0;
        long lost = 0;
        long checked = 0;
        long written = 0;
        int draftsChecked = 0;
        int draftsLost = 0;
        for (int run = 1; run <= runs; run++) {
            Path file = dir.resolve("run-" + run + ".session.json");
            Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), CrashTarget.class.getName(), file.toString(),
                    sample.toString()).redirectErrorStream(true).start();
            Map<Integer, Long> announced = new ConcurrentHashMap<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        String[] parts = line.trim().split(" ");
                        if (parts.length == 2) {
                            announced.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
                        }
                    }
                } catch (Exception e) {
                    // the process was killed
                }
            });
            reader.start();
            Thread.sleep(800 + random.nextInt(2500));
            p.destroyForcibly();
            long killedAt = System.nanoTime();
            p.waitFor(10, TimeUnit.SECONDS);
            reader.join(2000);
            Set<String> onDisk = new HashSet<>();
            if (Files.exists(file)) {
                try {
                    Session s = new DocumentReader().readSession(file.toString(), Files.readAllBytes(file));
                    for (Note n : s.exercises().get(0).groups().get(0).notes()) {
                        onDisk.add(n.text());
                    }
                    written += onDisk.stream().filter(t -> t.startsWith("crash-note-")).count();
                } catch (SessionFormatException e) {
                    unreadable++;
                    System.out.println("run " + run + ": UNREADABLE " + e.getMessage());
                }
            }
            int lostHere = 0;
            for (Map.Entry<Integer, Long> e : announced.entrySet()) {
                if (e.getValue() < killedAt - 1_000_000_000L) {
                    checked++;
                    if (!onDisk.contains("crash-note-" + e.getKey())) {
                        lostHere++;
                    }
                }
            }
            lost += lostHere;
            if (lostHere > 0) {
                System.out.println("run " + run + ": lost " + lostHere + " notes older than 1 s");
            }
            // The half-typed note and the countdown's place, as the next start offers them.
            int newest = announced.entrySet().stream().filter(e -> e.getValue() < killedAt - 1_000_000_000L)
                    .mapToInt(Map.Entry::getKey).max().orElse(-1);
            var left = new dk.vaerksted.core.work.WorkStates(dir.resolve("work"), null).crashed();
            var state = left.isEmpty() ? null : left.get(0).state();
            int draft = state == null || state.noteDraft() == null ? -1
                    : Integer.parseInt(state.noteDraft().replace("crash-draft-", ""));
            if (newest >= 0 && (draft < newest || state.place() == null)) {
                draftsLost++;
                System.out.println("run " + run + ": the draft or the countdown's place older than 1 s was not kept"
                        + " (draft " + draft + ", announced " + newest + ")");
            } else if (newest >= 0) {
                draftsChecked++;
            }
            for (var f : left) {
                Files.deleteIfExists(f.file());
            }
        }
        System.out.printf("crash harness: %d SIGKILLs, %d unreadable files, %d notes older than 1 s checked, "
                + "%d lost, %d notes found on disk; half-typed note and countdown place kept in %d runs, lost in %d%n",
                runs, unreadable, checked, lost, written, draftsChecked, draftsLost);
        try (var files = Files.walk(dir)) {
            for (Path x : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
        if (unreadable > 0 || lost > 0 || draftsLost > 0) {
            System.exit(1);
        }
    }
}
