package io.connectmongodb.driver.internal.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.MongoBackpressureException;
import io.connectmongodb.driver.error.MongoClientClosedException;
import io.connectmongodb.driver.error.MongoCommandException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bounds, back-pressure, unwrapped exceptions, cancellation before start, and shutdown of the async pool. */
class AsyncRunnerTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private AsyncRunner runner;

    @AfterEach
    void stop() {
        release.countDown();
        if (runner != null) {
            runner.shutdown();
            runner.awaitTermination(5_000);
        }
    }

    private String blockUntilReleased() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "done";
    }

    @Test
    void pastWorkersPlusQueueTheFutureFailsAtOnceWithBackPressure() throws Exception {
        runner = new AsyncRunner(2, 3);
        List<CompletableFuture<String>> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accepted.add(runner.supply(this::blockUntilReleased));
        }
        CompletableFuture<String> refused = runner.supply(this::blockUntilReleased);
        assertTrue(refused.isCompletedExceptionally(), "refused before returning");
        ExecutionException e = assertThrows(ExecutionException.class, refused::get);
        assertInstanceOf(MongoBackpressureException.class, e.getCause());
        assertTrue(accepted.stream().noneMatch(CompletableFuture::isDone));
        release.countDown();
        for (CompletableFuture<String> future : accepted) {
            assertEquals("done", future.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void exceptionsArriveUnwrappedOnceFromGetAndJoin() {
        runner = new AsyncRunner(1, 1);
        MongoCommandException thrown = new MongoCommandException(BsonDocument.parse("{ok: 0, code: 2}"), null);
        CompletableFuture<Object> future = runner.supply(() -> {
            throw thrown;
        });
        ExecutionException viaGet = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        assertSame(thrown, viaGet.getCause());
        CompletionException viaJoin = assertThrows(CompletionException.class, future::join);
        assertSame(thrown, viaJoin.getCause());
    }

    @Test
    void aFutureCancelledBeforeItStartsNeverRunsAndFreesItsQueueSlot() throws Exception {
        runner = new AsyncRunner(1, 1);
        CompletableFuture<String> busy = runner.supply(this::blockUntilReleased);
        AtomicInteger ran = new AtomicInteger();
        CompletableFuture<Integer> waiting = runner.supply(ran::incrementAndGet);
        assertTrue(waiting.cancel(true));
        CompletableFuture<Integer> next = runner.supply(() -> 42);
        assertFalse(next.isCompletedExceptionally(), "the cancelled task's queue slot was freed");
        release.countDown();
        assertEquals("done", busy.get(10, TimeUnit.SECONDS));
        assertEquals(42, next.get(10, TimeUnit.SECONDS));
        assertEquals(0, ran.get(), "the cancelled operation never ran");
    }

    @Test
    void shutdownFailsEveryPendingFutureAndLeavesNoWorker() throws Exception {
        runner = new AsyncRunner(2, 10);
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(runner.supply(this::blockUntilReleased));
        }
        runner.shutdown();
        for (CompletableFuture<String> future : futures) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
            assertInstanceOf(MongoClientClosedException.class, e.getCause());
        }
        assertTrue(runner.awaitTermination(5_000));
        assertEquals(0, runner.workerCount());
        assertInstanceOf(MongoClientClosedException.class,
                assertThrows(ExecutionException.class, () -> runner.supply(() -> "late").get()).getCause());
    }

    @Test
    void aZeroQueueRefusesAsSoonAsEveryWorkerIsBusy() {
        runner = new AsyncRunner(1, 0);
        runner.supply(this::blockUntilReleased);
        assertTrue(runner.supply(() -> "x").isCompletedExceptionally());
    }
}
