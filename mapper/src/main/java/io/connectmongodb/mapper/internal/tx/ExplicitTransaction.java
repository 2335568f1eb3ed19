package io.connectmongodb.mapper.internal.tx;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.mapper.MapperTransaction;

/**
 * The transaction of {@code mapper.beginTransaction()}: a driver session with a started
 * transaction, bound to the thread that began it until it ends. {@link #commit()} and
 * {@link #rollback()} end it (and close the session); {@link #close()} rolls back what was not
 * committed. After it ended, commit and rollback fail with {@link IllegalStateException}.
 */
public final class ExplicitTransaction implements MapperTransaction {
    private final ClientSession session;
    private final SessionBinding binding;
    private boolean ended;

    private ExplicitTransaction(ClientSession session, SessionBinding binding) {
        this.session = session;
        this.binding = binding;
    }

    /**
     * Starts a transaction in {@code session} and binds it. When the server cannot run
     * transactions the driver's typed error propagates and the session is closed.
     */
    public static ExplicitTransaction begin(ClientSession session, SessionBinding binding) {
        try {
            binding.bind(session);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        try {
            session.startTransaction();
            return new ExplicitTransaction(session, binding);
        } catch (RuntimeException e) {
            binding.unbind(session);
            session.close();
            throw e;
        }
    }

    @Override
    public void commit() {
        requireActive("commit");
        try {
            session.commitTransaction();
        } finally {
            end();
        }
    }

    @Override
    public void rollback() {
        requireActive("roll back");
        try {
            session.abortTransaction();
        } finally {
            end();
        }
    }

    @Override
    public void close() {
        if (ended) {
            return;
        }
        try {
            if (session.hasActiveTransaction()) {
                session.abortTransaction();
            }
        } finally {
            end();
        }
    }

    private void requireActive(String action) {
        if (ended) {
            throw new IllegalStateException("cannot " + action + ": the transaction already ended");
        }
    }

    private void end() {
        ended = true;
        binding.unbind(session);
        session.close();
    }
}
