package dk.vaerksted.core.session;

/**
 * What a file may be before it is refused with a clear message instead of exhausting memory.
 * Every limit is checked while the file is read as a stream, before anything is built from it.
 *
 * @param maxBytes        file size; the largest real forum session is a few megabytes
 * @param maxDepth        nesting of arrays and objects
 * @param maxStringLength characters in one string (a note)
 * @param maxTokens       JSON tokens (values, keys, brackets): a 3,400-note forum of 2 MB has 28,000;
 *                        this bounds the memory the tree of a file can take, whatever its shape
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxStringLength, long maxTokens) {
    /**
     * The default token limit: room for some 60,000 notes (eighteen forums), as many as 32 MB of
     * real notes hold, and a tree of at most about 150 MB whatever the file's shape (bench/heap).
     */
    public static final long DEFAULT_MAX_TOKENS = 500_000;

    public static final ReadLimits DEFAULT = new ReadLimits(32L * 1024 * 1024, 64, 1_000_000, DEFAULT_MAX_TOKENS);

    /** Limits with the default token limit. */
    public ReadLimits(long maxBytes, int maxDepth, int maxStringLength) {
        this(maxBytes, maxDepth, maxStringLength, DEFAULT_MAX_TOKENS);
    }
}
