package dk.vaerksted.core.work;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.vaerksted.core.session.AtomicFiles;
import dk.vaerksted.core.timer.ExerciseRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The folder of {@link WorkState}s: each running app keeps its own file ({@code PID.json}), written
 * shortly after every change (at most {@link #MAX_WAIT_MILLIS} behind) and removed at a clean
 * exit. A file whose process is gone was left by a crash, a kill or a power cut, and is offered back.
 */
public final class WorkStates {
    private static final Logger LOG = Logger.getLogger(WorkStates.class.getName());
    static final long DEBOUNCE_MILLIS = 250;
    static final long MAX_WAIT_MILLIS = 500;
    private static final long LIMIT = 40L * 1024 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    /** A state left by a process that is gone, with when it was written; {@code error} when it cannot be read. */
    public record Found(Path file, WorkState state, Instant savedAt, IOException error) {}

    private final Path folder;
    private final ScheduledExecutorService writer;
    private final Path own;
    private WorkState pending;
    private long firstPendingAt;
    private ScheduledFuture<?> scheduled;

    public WorkStates(Path folder, ScheduledExecutorService writer) {
        this(folder, writer, ProcessHandle.current().pid());
    }

    /** The states folder as process {@code pid} keeps it (another's, to read what it left). */
    public WorkStates(Path folder, ScheduledExecutorService writer, long pid) {
        this.folder = folder;
        this.writer = writer;
        this.own = folder.resolve(pid + ".json");
    }

    public Path folder() {
        return folder;
    }

    /** This process's state changed: on disk within half a second, off the calling thread. */
    public synchronized void update(WorkState state) {
        long now = System.nanoTime();
        if (pending == null) {
            firstPendingAt = now;
        }
        pending = state;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        long wait = Math.max(0, Math.min(TimeUnit.MILLISECONDS.toNanos(DEBOUNCE_MILLIS),
                firstPendingAt + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS) - now));
        scheduled = writer.schedule(this::writeNow, wait, TimeUnit.NANOSECONDS);
    }

    private void writeNow() {
        WorkState s;
        synchronized (this) {
            s = pending;
            scheduled = null;
        }
        if (s == null) {
            return;
        }
        try {
            if (s.isEmpty()) {
                Files.deleteIfExists(own);
            } else {
                Files.createDirectories(folder);
                AtomicFiles.write(own, write(s));
            }
            synchronized (this) {
                if (pending == s) {
                    pending = null; // only now: a failed write stays pending for the next try
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot keep the work state in " + own, e);
        }
    }

    /** Writes what is pending now and waits for it. */
    public void flush() {
        try {
            writer.submit(this::writeNow).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "flushing the work state failed", e);
        }
    }

    /** A clean exit: nothing to offer back. */
    public void clear() {
        update(WorkState.EMPTY);
        flush();
    }

    /** States left by processes that are gone, newest first. */
    public List<Found> crashed() {
        List<Found> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d+\\.json")).toList()) {
                long pid = Long.parseLong(f.getFileName().toString().replace(".json", ""));
                if (f.equals(own) || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                Instant at = Files.getLastModifiedTime(f).toInstant();
                try {
                    out.add(new Found(f, read(f), at, null));
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot read the work state " + f, e);
                    out.add(new Found(f, null, at, e));
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + folder, e);
        }
        out.sort(Comparator.comparing(Found::savedAt).reversed());
        return out;
    }

    /** The state was taken up (or put aside): it moves to {@code done/}, still not deleted. */
    public void settle(Found found) throws IOException {
        Path done = Files.createDirectories(folder.resolve("done"));
        Files.move(found.file(), done.resolve(found.savedAt().toEpochMilli() + "-" + found.file().getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
    }

    static byte[] write(WorkState s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            field(g, "sessionFile", s.sessionFile());
            field(g, "unnamedFile", s.unnamedFile());
            field(g, "sessionTitle", s.sessionTitle());
            field(g, "exerciseId", s.exerciseId());
            field(g, "groupId", s.groupId());
            field(g, "noteDraft", s.noteDraft());
            g.writeArrayFieldStart("harvestDrafts");
            for (String d : s.harvestDrafts()) {
                g.writeString(d == null ? "" : d);
            }
            g.writeEndArray();
            if (!s.tableDrafts().isEmpty()) {
                g.writeArrayFieldStart("tableDrafts");
                for (WorkState.TableDraft d : s.tableDrafts()) {
                    g.writeStartObject();
                    field(g, "exerciseId", d.exerciseId());
                    field(g, "groupId", d.groupId());
                    field(g, "text", d.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (s.stepNumber() != null) {
                g.writeNumberField("stepNumber", s.stepNumber());
            }
            ExerciseRunner.Place p = s.place();
            if (p != null) {
                g.writeObjectFieldStart("place");
                field(g, "exerciseId", p.exerciseId());
                field(g, "stepId", p.stepId());
                g.writeNumberField("remainingNanos", p.remainingNanos());
                if (p.durationNanos() != null) {
                    g.writeNumberField("durationNanos", p.durationNanos());
                }
                field(g, "startedAt", p.startedAt());
                g.writeNumberField("pausedNanos", p.pausedNanos());
                g.writeBooleanField("finished", p.finished());
                g.writeNumberField("takenAtMillis", p.takenAtMillis());
                g.writeEndObject();
            }
            WorkState.Editor e = s.editor();
            if (e != null) {
                g.writeObjectFieldStart("editor");
                field(g, "kind", e.kind().name());
                field(g, "file", e.file());
                field(g, "title", e.title());
                field(g, "document", e.document());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    static WorkState read(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > LIMIT) {
            throw new IOException(file + ": not a work state");
        }
        try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + ": not a work state");
            }
            String sessionFile = null;
            String unnamed = null;
            String title = null;
            String exerciseId = null;
            String groupId = null;
            String draft = null;
            List<String> harvest = new ArrayList<>();
            List<WorkState.TableDraft> tables = new ArrayList<>();
            Integer stepNumber = null;
            ExerciseRunner.Place place = null;
            WorkState.Editor editor = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "sessionFile" -> sessionFile = p.getValueAsString();
                    case "unnamedFile" -> unnamed = p.getValueAsString();
                    case "sessionTitle" -> title = p.getValueAsString();
                    case "exerciseId" -> exerciseId = p.getValueAsString();
                    case "groupId" -> groupId = p.getValueAsString();
                    case "noteDraft" -> draft = p.getValueAsString();
                    case "harvestDrafts" -> {
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            harvest.add(p.getText());
                        }
                    }
                    case "tableDrafts" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            WorkState.TableDraft d = tableDraft(p);
                            if (d != null) {
                                tables.add(d);
                            }
                        }
                    }
                    case "stepNumber" -> stepNumber = p.getIntValue();
                    case "place" -> place = place(p);
                    case "editor" -> editor = editor(p);
                    default -> p.skipChildren();
                }
            }
            return new WorkState(sessionFile, unnamed, title, exerciseId, groupId, draft, harvest, place, editor,
                    tables, stepNumber);
        } catch (RuntimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static WorkState.TableDraft tableDraft(JsonParser p) throws IOException {
        String exerciseId = null;
        String groupId = null;
        String text = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "exerciseId" -> exerciseId = p.getValueAsString();
                case "groupId" -> groupId = p.getValueAsString();
                case "text" -> text = p.getValueAsString();
                default -> p.skipChildren();
            }
        }
        return exerciseId == null || groupId == null || text == null ? null
                : new WorkState.TableDraft(exerciseId, groupId, text);
    }

    private static ExerciseRunner.Place place(JsonParser p) throws IOException {
        String exerciseId = null;
        String stepId = null;
        long remaining = 0;
        Long duration = null;
        String started = null;
        long paused = 0;
        boolean finished = false;
        long taken = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "exerciseId" -> exerciseId = p.getValueAsString();
                case "stepId" -> stepId = p.getValueAsString();
                case "remainingNanos" -> remaining = p.getLongValue();
                case "durationNanos" -> duration = p.getLongValue();
                case "startedAt" -> started = p.getValueAsString();
                case "pausedNanos" -> paused = p.getLongValue();
                case "finished" -> finished = p.getBooleanValue();
                case "takenAtMillis" -> taken = p.getLongValue();
                default -> p.skipChildren();
            }
        }
        return exerciseId == null || stepId == null ? null
                : new ExerciseRunner.Place(exerciseId, stepId, remaining, duration, started, paused, finished, taken);
    }

    private static WorkState.Editor editor(JsonParser p) throws IOException {
        String kind = null;
        String file = null;
        String title = null;
        String document = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "kind" -> kind = p.getValueAsString();
                case "file" -> file = p.getValueAsString();
                case "title" -> title = p.getValueAsString();
                case "document" -> document = p.getValueAsString();
                default -> p.skipChildren();
            }
        }
        return kind == null || document == null ? null
                : new WorkState.Editor(WorkState.Kind.valueOf(kind), file, title, document);
    }
}
