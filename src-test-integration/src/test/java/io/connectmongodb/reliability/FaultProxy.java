package io.connectmongodb.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback between the driver and the server that injects one network fault at a
 * time. Each accepted connection gets two pump threads (client to server, server to client); the
 * current {@link Fault} decides what a pump does with the bytes it reads:
 * <ul>
 *   <li>{@code NONE}: forwards them (the healed state).</li>
 *   <li>{@code CLOSE_REQUEST_MID_MESSAGE} / {@code CLOSE_REPLY_MID_MESSAGE}: forwards half of the
 *       next chunk in that direction, then closes both sockets.</li>
 *   <li>{@code STALL}: keeps both sockets open but forwards nothing (a half-open peer).</li>
 *   <li>{@code SLOW_REPLY}: forwards replies one byte at a time, {@link #slowByteDelayMillis} apart.</li>
 *   <li>{@code RESET_AFTER_FIRST_REQUEST}: on a connection that has not yet had a reply (its
 *       handshake), answers the first request with a TCP reset (SO_LINGER 0).</li>
 * </ul>
 * A fault applies to connections opened before or after it is set. Every thread is a daemon and
 * every socket is closed by {@link #close()}.
 */
final class FaultProxy implements AutoCloseable {
    enum Fault { NONE, CLOSE_REQUEST_MID_MESSAGE, CLOSE_REPLY_MID_MESSAGE, STALL, SLOW_REPLY, RESET_AFTER_FIRST_REQUEST }

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger faultsInjected = new AtomicInteger();
    private volatile Fault fault = Fault.NONE;
    private volatile long slowByteDelayMillis = 5;
    private volatile boolean closed;

    FaultProxy(InetSocketAddress upstream) throws IOException {
        this.upstream = upstream;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void fault(Fault newFault) {
        this.fault = newFault;
    }

    void slowByteDelayMillis(long millis) {
        this.slowByteDelayMillis = millis;
    }

    int acceptedConnections() {
        return accepted.get();
    }

    int faultsInjected() {
        return faultsInjected.get();
    }

    /** Closes every proxied connection (the listener stays open). */
    void dropAll() {
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                accepted.incrementAndGet();
                Socket server = new Socket();
                try {
                    server.connect(upstream, 2_000);
                } catch (IOException e) {
                    closeQuietly(client);
                    closeQuietly(server);
                    continue;
                }
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                Pair pair = new Pair(client, server);
                start(() -> pump(pair, client, server, true), "fault-proxy-request");
                start(() -> pump(pair, server, client, false), "fault-proxy-reply");
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    /** The two sockets of one proxied connection and whether a reply has passed yet. */
    private static final class Pair {
        final Socket client;
        final Socket server;
        volatile boolean replied;

        Pair(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }
    }

    private void pump(Pair pair, Socket from, Socket to, boolean request) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            while (!closed) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                Fault now = fault;
                if (now == Fault.STALL) {
                    holdUntilClosed(pair);
                    return;
                }
                if (request && now == Fault.RESET_AFTER_FIRST_REQUEST && !pair.replied) {
                    faultsInjected.incrementAndGet();
                    pair.client.setSoLinger(true, 0);
                    closeBoth(pair);
                    return;
                }
                if ((request && now == Fault.CLOSE_REQUEST_MID_MESSAGE)
                        || (!request && now == Fault.CLOSE_REPLY_MID_MESSAGE)) {
                    faultsInjected.incrementAndGet();
                    out.write(buffer, 0, Math.max(1, n / 2));
                    out.flush();
                    closeBoth(pair);
                    return;
                }
                if (!request && now == Fault.SLOW_REPLY) {
                    for (int i = 0; i < n; i++) {
                        out.write(buffer[i]);
                        out.flush();
                        Thread.sleep(slowByteDelayMillis);
                    }
                } else {
                    out.write(buffer, 0, n);
                    out.flush();
                }
                if (!request) {
                    pair.replied = true;
                }
            }
        } catch (IOException e) {
            // the other side went away: end this connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeBoth(pair);
    }

    /** A half-open peer: nothing moves until the connection is closed from either end or the fault heals. */
    private void holdUntilClosed(Pair pair) throws InterruptedException {
        faultsInjected.incrementAndGet();
        while (!closed && !pair.client.isClosed() && fault == Fault.STALL) {
            Thread.sleep(20);
        }
        // bytes swallowed during the stall are lost: the stream is unusable, so end it
        closeBoth(pair);
    }

    private void closeBoth(Pair pair) {
        closeQuietly(pair.client);
        closeQuietly(pair.server);
        sockets.remove(pair.client);
        sockets.remove(pair.server);
    }

    private static void start(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        dropAll();
    }
}
