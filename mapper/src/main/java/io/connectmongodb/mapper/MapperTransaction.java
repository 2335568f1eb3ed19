package io.connectmongodb.mapper;

/**
 * An explicit transaction: {@code try (var tx = mapper.beginTransaction()) { ...; tx.commit(); }}.
 * Repositories used on the thread inside the block join it; closing without {@link #commit()}
 * rolls back.
 */
public interface MapperTransaction extends AutoCloseable {

    void commit();

    void rollback();

    /** Rolls back unless committed. */
    @Override
    void close();
}
