package dk.vaerksted.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated session files (a fixed seed, so a failure is reproducible): each must end
 * in a session or in the clear, translated error, never in another exception. bench/fuzz runs
 * the same with 100,000 inputs and more seeds.
 */
class HostileFilesTest {
    @Test
    void everyMutatedFileIsASessionOrAClearError() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("../samples/halvfaerdig.session.json"));
        Mutator mutator = new Mutator(20240529L);
        DocumentReader reader = new DocumentReader();
        Messages da = Messages.core(Messages.DANISH);
        List<String> unexpected = new ArrayList<>();
        int sessions = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] input = mutator.mutate(seed);
            try {
                Session s = reader.readSession("fuzz.session.json", input);
                new DocumentWriter().write(s);
                sessions++;
            } catch (SessionFormatException e) {
                for (Problem p : e.problems()) {
                    String text = p.format(da);
                    if (!text.startsWith("fuzz.session.json") || p.message(da).equals(p.key())) {
                        unexpected.add(i + ": untranslated or unplaced: " + text);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                unexpected.add(i + ": " + e);
            }
        }
        assertThat(unexpected).isEmpty();
        assertThat(sessions).as("some mutations still give valid sessions").isPositive();
    }
}
