package dk.vaerksted.security;

import java.io.IOException;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.spi.AsynchronousChannelProvider;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The test JVM's asynchronous channel provider
 * ({@code -Djava.nio.channels.spi.AsynchronousChannelProvider=…}): asynchronous sockets fail
 * like the others ({@link GuardedSelectorProvider}).
 */
public final class GuardedAsynchronousChannelProvider extends AsynchronousChannelProvider {
    private final AsynchronousChannelProvider system;

    public GuardedAsynchronousChannelProvider() {
        try {
            system = (AsynchronousChannelProvider) Class.forName("sun.nio.ch.DefaultAsynchronousChannelProvider")
                    .getMethod("create").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the system's asynchronous channel provider", e);
        }
    }

    @Override
    public AsynchronousChannelGroup openAsynchronousChannelGroup(int nThreads, ThreadFactory threadFactory)
            throws IOException {
        return system.openAsynchronousChannelGroup(nThreads, threadFactory);
    }

    @Override
    public AsynchronousChannelGroup openAsynchronousChannelGroup(ExecutorService executor, int initialSize)
            throws IOException {
        return system.openAsynchronousChannelGroup(executor, initialSize);
    }

    @Override
    public AsynchronousServerSocketChannel openAsynchronousServerSocketChannel(AsynchronousChannelGroup group)
            throws IOException {
        NoNetwork.checkChannel();
        return system.openAsynchronousServerSocketChannel(group);
    }

    @Override
    public AsynchronousSocketChannel openAsynchronousSocketChannel(AsynchronousChannelGroup group)
            throws IOException {
        NoNetwork.checkChannel();
        return system.openAsynchronousSocketChannel(group);
    }
}
