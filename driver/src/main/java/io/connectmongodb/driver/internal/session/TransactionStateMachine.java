package io.connectmongodb.driver.internal.session;

import io.connectmongodb.driver.error.MongoTransactionStateException;

/**
 * The transactions spec's state machine for one session. Transitions:
 * <pre>
 * start:   NONE, COMMITTED*, ABORTED -> STARTING          STARTING, IN_PROGRESS -> error
 * command: STARTING -> IN_PROGRESS (first command sent)   COMMITTED*, ABORTED -> NONE (a later plain operation)
 * commit:  STARTING -> COMMITTED_EMPTY (nothing sent)     IN_PROGRESS -> COMMITTED (send)
 *          COMMITTED -> COMMITTED (send again: "committed again")   COMMITTED_EMPTY -> itself (nothing sent)
 *          NONE, ABORTED -> error
 * abort:   STARTING -> ABORTED (nothing sent)             IN_PROGRESS -> ABORTED (send)
 *          NONE, COMMITTED*, ABORTED -> error
 * </pre>
 * Not thread-safe, like the session that owns it.
 */
public final class TransactionStateMachine {

    /** What a commit or abort must do on the wire. */
    public enum Action { SEND, SEND_AGAIN, NOTHING }

    private TransactionState state = TransactionState.NONE;

    public TransactionState state() {
        return state;
    }

    public void start() {
        if (state.isActive()) {
            throw new MongoTransactionStateException("Transaction already in progress");
        }
        state = TransactionState.STARTING;
    }

    /** Called when a command of the transaction was sent (whatever its outcome). */
    public void commandSent() {
        if (state == TransactionState.STARTING) {
            state = TransactionState.IN_PROGRESS;
        }
    }

    /** Called before an operation outside any transaction: an ended transaction is forgotten. */
    public void operationOutsideTransaction() {
        if (state == TransactionState.COMMITTED || state == TransactionState.COMMITTED_EMPTY
                || state == TransactionState.ABORTED) {
            state = TransactionState.NONE;
        }
    }

    public Action commit() {
        switch (state) {
            case NONE:
                throw new MongoTransactionStateException("No transaction started");
            case ABORTED:
                throw new MongoTransactionStateException("Cannot call commitTransaction after calling abortTransaction");
            case STARTING:
            case COMMITTED_EMPTY:
                state = TransactionState.COMMITTED_EMPTY;
                return Action.NOTHING;
            case IN_PROGRESS:
                state = TransactionState.COMMITTED;
                return Action.SEND;
            case COMMITTED:
                return Action.SEND_AGAIN;
            default:
                throw new IllegalStateException("unknown transaction state " + state);
        }
    }

    public Action abort() {
        switch (state) {
            case NONE:
                throw new MongoTransactionStateException("No transaction started");
            case COMMITTED:
            case COMMITTED_EMPTY:
                throw new MongoTransactionStateException("Cannot call abortTransaction after calling commitTransaction");
            case ABORTED:
                throw new MongoTransactionStateException("Cannot call abortTransaction twice");
            case STARTING:
                state = TransactionState.ABORTED;
                return Action.NOTHING;
            case IN_PROGRESS:
                state = TransactionState.ABORTED;
                return Action.SEND;
            default:
                throw new IllegalStateException("unknown transaction state " + state);
        }
    }
}
