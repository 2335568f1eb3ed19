package io.connectmongodb.driver.changestream;

/**
 * Receives a change stream's events, one at a time and in order, on the client's async workers (see
 * {@link ChangeStreamIterable#listen(ChangeStreamListener)}).
 */
@FunctionalInterface
public interface ChangeStreamListener<T> {

    void onEvent(ChangeStreamEvent<T> event);

    /**
     * The stream stopped because of an error it could not resume from, or because
     * {@link #onEvent} threw. No event follows. The default does nothing (the error is also
     * available from {@link ChangeStreamSubscription#failure()}).
     */
    default void onError(Throwable error) {
    }
}
