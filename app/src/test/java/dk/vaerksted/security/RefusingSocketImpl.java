package dk.vaerksted.security;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketImpl;

/**
 * What every classic socket of the test JVM is made of: an object may exist (the JDK's HTTP
 * client makes an unconnected one to learn the default TLS parameters), but creating the system
 * socket, connecting, binding or accepting fails with "network access".
 */
final class RefusingSocketImpl extends SocketImpl {
    private static SecurityException refused() {
        return new SecurityException("network access: Værksted must not open connections");
    }

    @Override
    protected void create(boolean stream) {
        throw refused();
    }

    @Override
    protected void connect(String host, int port) {
        throw refused();
    }

    @Override
    protected void connect(InetAddress address, int port) {
        throw refused();
    }

    @Override
    protected void connect(SocketAddress address, int timeout) {
        throw refused();
    }

    @Override
    protected void bind(InetAddress host, int port) {
        throw refused();
    }

    @Override
    protected void listen(int backlog) {
        throw refused();
    }

    @Override
    protected void accept(SocketImpl s) {
        throw refused();
    }

    @Override
    protected InputStream getInputStream() {
        throw refused();
    }

    @Override
    protected OutputStream getOutputStream() {
        throw refused();
    }

    @Override
    protected int available() {
        throw refused();
    }

    @Override
    protected void close() {
        // nothing was opened
    }

    @Override
    protected void sendUrgentData(int data) {
        throw refused();
    }

    @Override
    public void setOption(int optID, Object value) {
        throw refused();
    }

    @Override
    public Object getOption(int optID) {
        throw refused();
    }
}
