package dk.vaerksted.core.session;

import java.nio.file.Path;

/**
 * Reads one file with the app's store and prints what came of it: {@code session} or the first
 * problem's key. Run in a child JVM with a small heap by {@link ReaderLimitsTest}.
 */
public final class ReadInSmallHeap {
    private ReadInSmallHeap() {}

    public static void main(String[] args) {
        try {
            new SessionStore().readSession(Path.of(args[0]));
            System.out.println("session");
        } catch (SessionFormatException e) {
            System.out.println(e.problems().get(0).key());
        }
    }
}
