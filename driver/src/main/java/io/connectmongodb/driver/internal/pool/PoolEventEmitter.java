package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.event.ConnectionPoolListener;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Delivers pool events to every listener. A listener that throws is logged and skipped, so a
 * faulty listener can never break a checkout. When there are no listeners no event is even built.
 */
final class PoolEventEmitter {
    private static final System.Logger LOGGER = System.getLogger(PoolEventEmitter.class.getName());

    private final List<ConnectionPoolListener> listeners;

    PoolEventEmitter(List<ConnectionPoolListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Whether any listener is registered. Hot paths test it before calling {@link #emit}, so that not
     * even the capturing lambda that would build the event is allocated when nobody listens.
     */
    boolean hasListeners() {
        return !listeners.isEmpty();
    }

    /**
     * Builds the event with {@code factory} and hands it to {@code method} (for example
     * {@code ConnectionPoolListener::connectionCreated}) of each listener.
     */
    <E> void emit(Supplier<E> factory, BiConsumer<ConnectionPoolListener, E> method) {
        if (listeners.isEmpty()) {
            return;
        }
        E event = factory.get();
        for (ConnectionPoolListener listener : listeners) {
            try {
                method.accept(listener, event);
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.WARNING, "connection pool listener " + listener.getClass().getName()
                        + " failed on " + event.getClass().getSimpleName(), e);
            }
        }
    }
}
