package dk.vaerksted.bench;

import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.DocumentWriter;
import dk.vaerksted.core.session.Mutator;
import dk.vaerksted.core.session.SessionFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feeds {@code count} (default 100,000) mutated session files to the reader and prints what came
 * of them: sessions, clear errors by kind, and any other exception (there must be none).
 * Run with bench/fuzz [COUNT] [SEED].
 */
public final class FuzzBench {
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        byte[][] seeds = {Files.readAllBytes(Path.of("samples/halvfaerdig.session.json")),
                Files.readAllBytes(Path.of("samples/strategisk-ledelsesforum-2019.session.json"))};
        Mutator mutator = new Mutator(seed);
        DocumentReader reader = new DocumentReader();
        DocumentWriter writer = new DocumentWriter();
        Map<String, Integer> errors = new TreeMap<>();
        int sessions = 0;
        int unexpected = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            byte[] input = mutator.mutate(seeds[i % 2]);
            try {
                writer.write(reader.readSession("fuzz", input));
                sessions++;
            } catch (SessionFormatException e) {
                errors.merge(e.problems().get(0).key(), 1, Integer::sum);
            } catch (RuntimeException | StackOverflowError e) {
                unexpected++;
                Path keep = Path.of("app/target/fuzz-unexpected-" + unexpected + ".json");
                Files.write(keep, input);
                System.out.println("UNEXPECTED " + e + " (input kept in " + keep + ")");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fuzz: %d inputs (seed %d) in %.1f s: %d sessions, %d clear errors, %d unexpected%n",
                count, seed, seconds, sessions, count - sessions - unexpected, unexpected);
        errors.forEach((k, v) -> System.out.printf("  %-24s %d%n", k, v));
        if (unexpected > 0) {
            System.exit(1);
        }
    }
}
