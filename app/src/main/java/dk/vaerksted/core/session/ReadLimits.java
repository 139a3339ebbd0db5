package dk.vaerksted.core.session;

/**
 * What a file may be before it is refused with a clear message instead of exhausting memory.
 *
 * @param maxBytes        file size; the largest real forum session is a few megabytes
 * @param maxDepth        nesting of arrays and objects
 * @param maxStringLength characters in one string (a note)
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxStringLength) {
    public static final ReadLimits DEFAULT = new ReadLimits(32L * 1024 * 1024, 64, 1_000_000);
}
