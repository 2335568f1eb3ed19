package io.connectmongodb.driver.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.error.MongoTransactionStateException;
import io.connectmongodb.driver.internal.session.TransactionStateMachine.Action;
import org.junit.jupiter.api.Test;

/** Every transition of the transactions spec's state machine, including the refused ones. */
class TransactionStateMachineTest {
    private final TransactionStateMachine machine = new TransactionStateMachine();

    private TransactionStateMachine inState(TransactionState target) {
        switch (target) {
            case NONE -> { }
            case STARTING -> machine.start();
            case IN_PROGRESS -> {
                machine.start();
                machine.commandSent();
            }
            case COMMITTED_EMPTY -> {
                machine.start();
                machine.commit();
            }
            case COMMITTED -> {
                machine.start();
                machine.commandSent();
                machine.commit();
            }
            case ABORTED -> {
                machine.start();
                machine.commandSent();
                machine.abort();
            }
            default -> throw new IllegalArgumentException(target.name());
        }
        assertEquals(target, machine.state());
        return machine;
    }

    @Test
    void startIsAllowedFromEveryEndedStateAndRefusedWhileActive() {
        for (TransactionState from : new TransactionState[] {TransactionState.NONE, TransactionState.COMMITTED,
                TransactionState.COMMITTED_EMPTY, TransactionState.ABORTED}) {
            TransactionStateMachine m = new TransactionStateMachineTest().inState(from);
            m.start();
            assertEquals(TransactionState.STARTING, m.state(), "start from " + from);
        }
        for (TransactionState from : new TransactionState[] {TransactionState.STARTING, TransactionState.IN_PROGRESS}) {
            TransactionStateMachine m = new TransactionStateMachineTest().inState(from);
            MongoTransactionStateException e = assertThrows(MongoTransactionStateException.class, m::start);
            assertEquals("Transaction already in progress", e.getMessage());
            assertEquals(from, m.state());
        }
    }

    @Test
    void firstCommandMovesStartingToInProgressOnly() {
        inState(TransactionState.STARTING).commandSent();
        assertEquals(TransactionState.IN_PROGRESS, machine.state());
        machine.commandSent();
        assertEquals(TransactionState.IN_PROGRESS, machine.state());
    }

    @Test
    void commitTransitions() {
        assertEquals(Action.NOTHING, inState(TransactionState.STARTING).commit());
        assertEquals(TransactionState.COMMITTED_EMPTY, machine.state());
        assertEquals(Action.NOTHING, machine.commit(), "committing an empty transaction again sends nothing");
        assertEquals(TransactionState.COMMITTED_EMPTY, machine.state());

        TransactionStateMachine m = new TransactionStateMachineTest().inState(TransactionState.IN_PROGRESS);
        assertEquals(Action.SEND, m.commit());
        assertEquals(TransactionState.COMMITTED, m.state());
        assertEquals(Action.SEND_AGAIN, m.commit(), "committed again");
        assertEquals(TransactionState.COMMITTED, m.state());
    }

    @Test
    void commitWithoutTransactionAndAfterAbortAreTypedErrors() {
        assertEquals("No transaction started",
                assertThrows(MongoTransactionStateException.class, machine::commit).getMessage());
        TransactionStateMachine aborted = new TransactionStateMachineTest().inState(TransactionState.ABORTED);
        assertEquals("Cannot call commitTransaction after calling abortTransaction",
                assertThrows(MongoTransactionStateException.class, aborted::commit).getMessage());
        assertEquals(TransactionState.ABORTED, aborted.state());
    }

    @Test
    void abortTransitions() {
        assertEquals(Action.NOTHING, inState(TransactionState.STARTING).abort());
        assertEquals(TransactionState.ABORTED, machine.state());
        TransactionStateMachine m = new TransactionStateMachineTest().inState(TransactionState.IN_PROGRESS);
        assertEquals(Action.SEND, m.abort());
        assertEquals(TransactionState.ABORTED, m.state());
    }

    @Test
    void abortWithoutTransactionAfterCommitAndTwiceAreTypedErrors() {
        assertEquals("No transaction started",
                assertThrows(MongoTransactionStateException.class, machine::abort).getMessage());
        for (TransactionState committed : new TransactionState[] {TransactionState.COMMITTED, TransactionState.COMMITTED_EMPTY}) {
            TransactionStateMachine m = new TransactionStateMachineTest().inState(committed);
            assertEquals("Cannot call abortTransaction after calling commitTransaction",
                    assertThrows(MongoTransactionStateException.class, m::abort).getMessage());
            assertEquals(committed, m.state());
        }
        TransactionStateMachine aborted = new TransactionStateMachineTest().inState(TransactionState.ABORTED);
        assertEquals("Cannot call abortTransaction twice",
                assertThrows(MongoTransactionStateException.class, aborted::abort).getMessage());
    }

    @Test
    void aPlainOperationAfterAnEndedTransactionResetsToNone() {
        for (TransactionState ended : new TransactionState[] {TransactionState.COMMITTED, TransactionState.COMMITTED_EMPTY,
                TransactionState.ABORTED}) {
            TransactionStateMachine m = new TransactionStateMachineTest().inState(ended);
            m.operationOutsideTransaction();
            assertEquals(TransactionState.NONE, m.state(), "from " + ended);
        }
        TransactionStateMachine active = new TransactionStateMachineTest().inState(TransactionState.IN_PROGRESS);
        active.operationOutsideTransaction();
        assertEquals(TransactionState.IN_PROGRESS, active.state(), "an active transaction is not touched");
    }
}
