package io.connectmongodb.mapper.internal.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.error.MongoTransactionNotSupportedException;
import io.connectmongodb.mapper.MapperTransaction;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The session is bound exactly for a transaction's scope, and each way out commits, aborts and closes as documented. */
class TransactionScopeTest {
    private final SessionBinding binding = new SessionBinding();
    private final FakeClientSession session = new FakeClientSession();

    @Test
    void theCallbackSeesTheSessionAndItIsCommittedUnboundAndClosedAfter() {
        AtomicReference<ClientSession> seen = new AtomicReference<>();
        String result = CallbackTransaction.run(session, binding, tx -> {
            seen.set(binding.current());
            return "done";
        });
        assertEquals("done", result);
        assertSame(session, seen.get());
        assertNull(binding.current());
        assertEquals(List.of("start", "commit", "close"), session.calls);
    }

    @Test
    void otherThreadsDoNotSeeTheSession() {
        AtomicReference<ClientSession> other = new AtomicReference<>(session);
        CallbackTransaction.run(session, binding, tx -> {
            other.set(CompletableFuture.supplyAsync(binding::current).join());
            return null;
        });
        assertNull(other.get());
    }

    @Test
    void anExceptionAbortsUnbindsClosesAndIsRethrown() {
        IllegalStateException failure = new IllegalStateException("out of stock");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> CallbackTransaction.run(session, binding, tx -> {
            throw failure;
        })));
        assertNull(binding.current());
        assertEquals(List.of("start", "abort", "close"), session.calls);
    }

    @Test
    void rollbackInTheCallbackAbortsAndStillReturnsTheResult() {
        Integer result = CallbackTransaction.run(session, binding, tx -> {
            tx.rollback();
            return 42;
        });
        assertEquals(42, result);
        assertEquals(List.of("start", "abort", "close"), session.calls);
    }

    @Test
    void commitInsideTheCallbackIsRefusedBecauseWithTransactionCommits() {
        assertThrows(IllegalStateException.class, () -> CallbackTransaction.run(session, binding, tx -> {
            tx.commit();
            return null;
        }));
        assertEquals(List.of("start", "abort", "close"), session.calls);
    }

    @Test
    void transactionsDoNotNest() {
        FakeClientSession inner = new FakeClientSession();
        assertThrows(IllegalStateException.class, () -> CallbackTransaction.run(session, binding,
                tx -> CallbackTransaction.run(inner, binding, nested -> "never")));
        assertEquals(List.of("close"), inner.calls, "the inner session is released, and nothing started in it");
        assertNull(binding.current());
    }

    @Test
    void unsupportedTransactionsFailAtOnceRunningNothing() {
        session.unsupported = true;
        AtomicReference<Boolean> ran = new AtomicReference<>(false);
        assertThrows(MongoTransactionNotSupportedException.class, () -> CallbackTransaction.run(session, binding, tx -> {
            ran.set(true);
            return null;
        }));
        assertEquals(false, ran.get());
        assertThrows(MongoTransactionNotSupportedException.class, () -> ExplicitTransaction.begin(session, binding));
        assertNull(binding.current());
        assertEquals(List.of("close", "close"), session.calls);
    }

    @Test
    void anExplicitTransactionIsBoundUntilCommitted() {
        try (MapperTransaction tx = ExplicitTransaction.begin(session, binding)) {
            assertSame(session, binding.current());
            tx.commit();
            assertNull(binding.current());
        }
        assertEquals(List.of("start", "commit", "close"), session.calls, "closing after a commit does nothing more");
    }

    @Test
    void closingWithoutCommitAborts() {
        try (MapperTransaction tx = ExplicitTransaction.begin(session, binding)) {
            assertSame(session, binding.current());
        }
        assertNull(binding.current());
        assertEquals(List.of("start", "abort", "close"), session.calls);
    }

    @Test
    void anEndedTransactionRefusesCommitAndRollback() {
        MapperTransaction tx = ExplicitTransaction.begin(session, binding);
        tx.rollback();
        assertThrows(IllegalStateException.class, tx::commit);
        assertThrows(IllegalStateException.class, tx::rollback);
        tx.close();
        assertEquals(List.of("start", "abort", "close"), session.calls);
    }
}
