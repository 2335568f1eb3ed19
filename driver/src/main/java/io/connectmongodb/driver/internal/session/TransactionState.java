package io.connectmongodb.driver.internal.session;

/** The states of the transactions spec's client-side state machine. */
public enum TransactionState {
    NONE, STARTING, IN_PROGRESS, COMMITTED_EMPTY, COMMITTED, ABORTED;

    /** Started and not yet committed or aborted. */
    public boolean isActive() {
        return this == STARTING || this == IN_PROGRESS;
    }
}
