package io.connectmongodb.mapper.internal.tx;

import io.connectmongodb.driver.ClientSession;

/**
 * The session of the transaction running on the current thread, for one mapper. A transaction
 * binds its session for the scope of its work and unbinds it in {@code finally}; the document
 * stores read {@link #current()} before every driver call and pass the session when there is one,
 * which is how repositories join a transaction without extra parameters. A thread-local (not a
 * static) so that two mappers, or two threads, never see each other's session.
 */
public final class SessionBinding {
    private final ThreadLocal<ClientSession> current = new ThreadLocal<>();

    /** The bound session, or {@code null} outside a transaction. */
    public ClientSession current() {
        return current.get();
    }

    /** Binds {@code session} to this thread; fails when a transaction is already bound (transactions do not nest). */
    void bind(ClientSession session) {
        if (current.get() != null) {
            throw new IllegalStateException("a mapper transaction is already running on this thread; "
                    + "transactions do not nest, so run this work inside the current one");
        }
        current.set(session);
    }

    /** Unbinds {@code session} if it is the bound one. */
    void unbind(ClientSession session) {
        if (current.get() == session) {
            current.remove();
        }
    }
}
