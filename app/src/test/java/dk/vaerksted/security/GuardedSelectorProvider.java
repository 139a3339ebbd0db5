package dk.vaerksted.security;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The test JVM's selector provider ({@code -Djava.nio.channels.spi.SelectorProvider=…}): the
 * system's own, except that socket channels fail unless {@link NoNetwork} allows loopback for the
 * test class that runs. Datagram channels always fail. Selectors and pipes (in-process) work.
 */
public final class GuardedSelectorProvider extends SelectorProvider {
    private final SelectorProvider system;

    public GuardedSelectorProvider() {
        try {
            // Needs --add-exports java.base/sun.nio.ch=ALL-UNNAMED (app/pom.xml).
            system = (SelectorProvider) Class.forName("sun.nio.ch.DefaultSelectorProvider").getMethod("get")
                    .invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the system's selector provider", e);
        }
    }

    private static SecurityException refused() {
        return new SecurityException("network access: Værksted must not open connections");
    }

    @Override
    public DatagramChannel openDatagramChannel() {
        throw refused();
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) {
        throw refused();
    }

    @Override
    public Pipe openPipe() throws IOException {
        return system.openPipe();
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
        return system.openSelector();
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
        NoNetwork.checkChannel();
        return system.openServerSocketChannel();
    }

    @Override
    public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) throws IOException {
        NoNetwork.checkChannel();
        return system.openServerSocketChannel(family);
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
        NoNetwork.checkChannel();
        return system.openSocketChannel();
    }

    @Override
    public SocketChannel openSocketChannel(ProtocolFamily family) throws IOException {
        NoNetwork.checkChannel();
        return system.openSocketChannel(family);
    }

    @Override
    public java.nio.channels.Channel inheritedChannel() throws IOException {
        return system.inheritedChannel();
    }
}
