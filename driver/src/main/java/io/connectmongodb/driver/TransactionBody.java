package io.connectmongodb.driver;

/** The work of {@link ClientSession#withTransaction}: may run several times, so it must be safe to repeat. */
@FunctionalInterface
public interface TransactionBody<T> {
    T execute();
}
