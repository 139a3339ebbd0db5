package dk.vaerksted.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Changes to an immutable session: each returns a new session with one part replaced. */
public final class SessionEdits {
    private SessionEdits() {}

    public static Session withExercises(Session s, List<Exercise> exercises) {
        return new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), s.cards(), exercises,
                s.harvest(), s.extras());
    }

    public static Session withHarvest(Session s, List<HarvestPrompt> harvest) {
        return new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), s.cards(), s.exercises(),
                harvest, s.extras());
    }

    /** Replaces one exercise (by id) with what {@code change} makes of it. */
    public static Session mapExercise(Session s, String exerciseId, UnaryOperator<Exercise> change) {
        List<Exercise> out = new ArrayList<>();
        for (Exercise e : s.exercises()) {
            out.add(e.id().equals(exerciseId) ? change.apply(e) : e);
        }
        return withExercises(s, out);
    }

    public static Session withRuns(Session s, String exerciseId, List<StepRun> runs) {
        return mapExercise(s, exerciseId, e -> new Exercise(e.id(), e.title(), e.intro(), e.time(), e.source(),
                e.steps(), e.groups(), runs, e.extras()));
    }

    public static Session withGroupNotes(Session s, String exerciseId, String groupId, List<Note> notes) {
        return mapExercise(s, exerciseId, e -> {
            List<Group> groups = new ArrayList<>();
            for (Group g : e.groups()) {
                groups.add(g.id().equals(groupId)
                        ? new Group(g.id(), g.name(), g.members(), g.cardId(), notes, g.extras()) : g);
            }
            return new Exercise(e.id(), e.title(), e.intro(), e.time(), e.source(),
                    e.steps(), groups, e.run(), e.extras());
        });
    }

    public static Session withHarvestNotes(Session s, int promptIndex, List<Note> notes) {
        List<HarvestPrompt> harvest = new ArrayList<>(s.harvest());
        HarvestPrompt h = harvest.get(promptIndex);
        harvest.set(promptIndex, new HarvestPrompt(h.prompt(), h.source(), notes, h.extras()));
        return withHarvest(s, harvest);
    }

    public static Optional<Exercise> exercise(Session s, String exerciseId) {
        return s.exercises().stream().filter(e -> e.id().equals(exerciseId)).findFirst();
    }

    public static Optional<Group> group(Exercise e, String groupId) {
        return e.groups().stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    /** A table as the editor shows it; {@code id} is null for a new one. */
    public record TableRow(String id, String name, List<String> members, String cardId) {
        public TableRow {
            members = List.copyOf(members);
        }
    }

    /**
     * Sets the tables of {@code cardExerciseId} as the editor shows them (order, names, members,
     * cards) and carries the change to the other exercises: a renamed or reordered table is renamed
     * and reordered wherever it is, a new table is added to every exercise, a removed one goes
     * wherever it is. Tables another exercise has of its own stay there, after the shared ones.
     * A table left out that holds notes in any exercise is an error: notes are never dropped this way.
     */
    public static Session withTables(Session s, List<TableRow> rows, String cardExerciseId) {
        java.util.Set<String> kept = new java.util.HashSet<>();
        rows.forEach(r -> {
            if (r.id() != null) {
                kept.add(r.id());
            }
        });
        java.util.Set<String> removed = new java.util.HashSet<>();
        exercise(s, cardExerciseId).ifPresent(e -> e.groups().forEach(g -> {
            if (!kept.contains(g.id())) {
                removed.add(g.id());
            }
        }));
        for (Exercise e : s.exercises()) {
            for (Group g : e.groups()) {
                if (removed.contains(g.id()) && !g.notes().isEmpty()) {
                    throw new IllegalArgumentException("table " + g.id() + " holds notes and cannot be removed");
                }
            }
        }
        java.util.Set<String> used = new java.util.HashSet<>(kept);
        s.exercises().forEach(e -> e.groups().forEach(g -> used.add(g.id())));
        List<TableRow> withIds = new ArrayList<>();
        java.util.Set<String> added = new java.util.HashSet<>();
        for (TableRow r : rows) {
            String id = r.id();
            if (id == null) {
                int n = 1;
                while (used.contains("bord-" + n)) {
                    n++;
                }
                id = "bord-" + n;
                used.add(id);
                added.add(id);
            }
            withIds.add(new TableRow(id, r.name(), r.members(), r.cardId()));
        }
        List<Exercise> exercises = new ArrayList<>();
        for (Exercise e : s.exercises()) {
            boolean cards = e.id().equals(cardExerciseId);
            List<Group> groups = new ArrayList<>();
            for (TableRow r : withIds) {
                Group old = group(e, r.id()).orElse(null);
                if (old == null && !added.contains(r.id()) && !cards) {
                    continue; // a table of the edited exercise this one never had
                }
                String card = cards ? r.cardId() : old == null ? null : old.cardId();
                groups.add(new Group(r.id(), r.name(), r.members(), card, old == null ? List.of() : old.notes(),
                        old == null ? Extras.NONE : old.extras()));
            }
            for (Group g : e.groups()) {
                if (!kept.contains(g.id()) && !removed.contains(g.id())) {
                    groups.add(g); // this exercise's own table
                }
            }
            exercises.add(new Exercise(e.id(), e.title(), e.intro(), e.time(), e.source(),
                    e.steps(), groups, e.run(), e.extras()));
        }
        return withExercises(s, exercises);
    }

    /** New planned minutes for steps of one exercise (null: untimed). */
    public static Session withStepMinutes(Session s, String exerciseId, java.util.Map<String, Double> minutes) {
        return mapExercise(s, exerciseId, e -> {
            List<Step> steps = new ArrayList<>();
            for (Step st : e.steps()) {
                Double m = minutes.containsKey(st.id()) ? minutes.get(st.id()) : st.minutes();
                if (m != null && !(m > 0 && m <= 240)) {
                    throw new IllegalArgumentException("minutes must be more than 0 and at most 240");
                }
                steps.add(new Step(st.id(), st.title(), st.prompt(), m, st.extras()));
            }
            return new Exercise(e.id(), e.title(), e.intro(), e.time(), e.source(),
                    steps, e.groups(), e.run(), e.extras());
        });
    }

    /**
     * Adds the exercises of a template after the session's own, at the session's tables (names
     * and members, no cards, no notes), with the template's cards; ids are made unique.
     */
    public static Session addExercises(Session s, Session template) {
        List<Group> tables = s.exercises().isEmpty() ? List.of() : s.exercises().get(0).groups().stream()
                .map(g -> new Group(g.id(), g.name(), g.members(), null, List.of(), Extras.NONE)).toList();
        java.util.Set<String> ids = new java.util.HashSet<>();
        s.exercises().forEach(e -> ids.add(e.id()));
        List<Exercise> exercises = new ArrayList<>(s.exercises());
        String onlyCard = template.cards().size() == 1 ? template.cards().get(0).id() : null;
        for (Exercise e : template.exercises()) {
            String id = e.id();
            for (int n = 2; ids.contains(id); n++) {
                id = e.id() + "-" + n;
            }
            ids.add(id);
            List<Group> groups = tables.stream().map(g -> new Group(g.id(), g.name(), g.members(), onlyCard, List.of(),
                    Extras.NONE)).toList();
            exercises.add(new Exercise(id, e.title(), e.intro(), e.time(), e.source(),
                    e.steps(), groups, List.of(), e.extras()));
        }
        java.util.LinkedHashMap<String, Card> cards = new java.util.LinkedHashMap<>();
        s.cards().forEach(c -> cards.put(c.id(), c));
        template.cards().forEach(c -> cards.putIfAbsent(c.id(), c));
        List<HarvestPrompt> harvest = new ArrayList<>(s.harvest());
        for (HarvestPrompt h : template.harvest()) {
            if (harvest.stream().noneMatch(x -> x.prompt().equals(h.prompt()))) {
                harvest.add(new HarvestPrompt(h.prompt(), h.source(), List.of(), h.extras()));
            }
        }
        return new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), List.copyOf(cards.values()),
                exercises, harvest, s.extras());
    }

    /** Moves an exercise up (negative) or down in the order. */
    public static Session moveExercise(Session s, String exerciseId, int delta) {
        List<Exercise> list = new ArrayList<>(s.exercises());
        int i = -1;
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).id().equals(exerciseId)) {
                i = k;
            }
        }
        int j = i + delta;
        if (i < 0 || j < 0 || j >= list.size()) {
            return s;
        }
        java.util.Collections.swap(list, i, j);
        return withExercises(s, list);
    }

    /** Title, date, place and facilitators. */
    public static Session withDetails(Session s, String title, String date, String place, List<String> facilitators) {
        return new Session(title, date, place, facilitators, s.language(), s.cards(), s.exercises(), s.harvest(),
                s.extras());
    }

    /**
     * The room's state ({@link RoomState}, the field {@code room}) set, or removed with null. The
     * field keeps its place among the session's other added fields.
     */
    public static Session withRoom(Session s, RoomState room) {
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> fields =
                new java.util.LinkedHashMap<>(s.extras().fields());
        if (room == null) {
            fields.remove(RoomState.FIELD);
        } else {
            fields.put(RoomState.FIELD, room.toJson());
        }
        return new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), s.cards(), s.exercises(),
                s.harvest(), Extras.of(fields));
    }

    /**
     * {@code into} (an earlier state of the session, brought back by undo) with the notes the tables
     * wrote themselves that {@code from} holds and it lacks: the facilitator's undo never takes away
     * what a table sent meanwhile. Notes are matched by their table and client id; a table or prompt
     * {@code into} does not have is left out.
     */
    public static Session keepTableNotes(Session from, Session into) {
        Session out = into;
        for (Exercise e : from.exercises()) {
            Exercise target = exercise(out, e.id()).orElse(null);
            if (target == null) {
                continue;
            }
            for (Group g : e.groups()) {
                Group t = group(target, g.id()).orElse(null);
                if (t == null) {
                    continue;
                }
                List<Note> missing = missingTableNotes(g.notes(), t.notes());
                if (!missing.isEmpty()) {
                    List<Note> notes = new ArrayList<>(t.notes());
                    notes.addAll(missing);
                    out = withGroupNotes(out, e.id(), g.id(), notes);
                    target = exercise(out, e.id()).orElseThrow();
                }
            }
        }
        for (int i = 0; i < from.harvest().size() && i < out.harvest().size(); i++) {
            if (!from.harvest().get(i).prompt().equals(out.harvest().get(i).prompt())) {
                continue;
            }
            List<Note> missing = missingTableNotes(from.harvest().get(i).notes(), out.harvest().get(i).notes());
            if (!missing.isEmpty()) {
                List<Note> notes = new ArrayList<>(out.harvest().get(i).notes());
                notes.addAll(missing);
                out = withHarvestNotes(out, i, notes);
            }
        }
        return out;
    }

    private static List<Note> missingTableNotes(List<Note> from, List<Note> into) {
        List<Note> out = new ArrayList<>();
        for (Note n : from) {
            if (n.table() == null || n.clientId() == null) {
                continue;
            }
            boolean there = into.stream().anyMatch(x -> n.table().equals(x.table()) && n.clientId().equals(x.clientId()));
            if (!there) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The harvest board ({@link Board}, the field {@code board}) set; an empty board removes the
     * field. It keeps its place among the session's other added fields.
     */
    public static Session withBoard(Session s, Board board) {
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> fields =
                new java.util.LinkedHashMap<>(s.extras().fields());
        if (board.isEmpty()) {
            fields.remove(Board.FIELD);
        } else {
            fields.put(Board.FIELD, board.toJson());
        }
        return new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), s.cards(), s.exercises(),
                s.harvest(), Extras.of(fields));
    }
}
