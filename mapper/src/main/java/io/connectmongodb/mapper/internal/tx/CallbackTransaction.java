package io.connectmongodb.mapper.internal.tx;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.mapper.MapperTransaction;

import java.util.function.Function;

/**
 * Runs the callback of {@code mapper.inTransaction}: binds the session for the callback's scope
 * and lets the driver's {@code withTransaction} start, retry and commit the transaction. The
 * callback's {@link MapperTransaction} can only {@link #rollback()}, which marks the transaction
 * so that it is aborted instead of committed when the callback returns (its result is still
 * returned); the commit itself belongs to {@code withTransaction}.
 */
public final class CallbackTransaction implements MapperTransaction {
    private boolean rollbackOnly;

    private CallbackTransaction() {
    }

    /** Runs {@code work} in a transaction of {@code session}, then closes the session. */
    public static <R> R run(ClientSession session, SessionBinding binding, Function<MapperTransaction, R> work) {
        try {
            binding.bind(session);
            try {
                return session.withTransaction(() -> {
                    CallbackTransaction tx = new CallbackTransaction();
                    R result = work.apply(tx);
                    if (tx.rollbackOnly) {
                        throw new RollbackRequested(result);
                    }
                    return result;
                });
            } catch (RollbackRequested requested) {
                @SuppressWarnings("unchecked")
                R result = (R) requested.result;
                return result;
            } finally {
                binding.unbind(session);
            }
        } finally {
            session.close();
        }
    }

    @Override
    public void commit() {
        throw new IllegalStateException("inTransaction commits when its callback returns; "
                + "use mapper.beginTransaction() to commit explicitly");
    }

    @Override
    public void rollback() {
        rollbackOnly = true;
    }

    /** Rollback-only is a normal outcome, not a failure: nothing is committed. */
    @Override
    public void close() {
        rollbackOnly = true;
    }

    /** Thrown out of the body so that withTransaction aborts; carries the callback's result. */
    private static final class RollbackRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Object result;

        RollbackRequested(Object result) {
            super("rollback requested", null, false, false);
            this.result = result;
        }
    }
}
