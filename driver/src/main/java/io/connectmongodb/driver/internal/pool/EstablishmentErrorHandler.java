package io.connectmongodb.driver.internal.pool;

/**
 * Receives errors from establishing connections in the background (filling {@code minPoolSize}),
 * where no caller exists to see them. CMAP hands these to SDAM's application-error handling, which
 * marks the server Unknown and clears the pool; the server layer plugs that in here. Errors while
 * establishing a connection for a checkout are thrown to the caller instead.
 */
@FunctionalInterface
public interface EstablishmentErrorHandler {

    /** Does nothing: for pools whose owner has no SDAM state to update. */
    EstablishmentErrorHandler IGNORE = (error, generation) -> { };

    /**
     * @param error       what {@link io.connectmongodb.driver.internal.connection.ConnectionFactory#open} threw
     * @param generation  the pool generation the failed connection belonged to (stale errors may be ignored)
     */
    void onBackgroundEstablishmentError(RuntimeException error, int generation);
}
