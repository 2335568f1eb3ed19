package io.connectmongodb.driver.internal.changestream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.changestream.ChangeStreamEvent;
import io.connectmongodb.driver.changestream.ChangeStreamListener;
import io.connectmongodb.driver.error.MongoClientClosedException;
import io.connectmongodb.driver.internal.async.AsyncRunner;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The listener's chain of one-poll tasks on a bounded {@link AsyncRunner}, against a scripted cursor. */
class ListenerSubscriptionTest {
    private final List<AsyncRunner> runners = new CopyOnWriteArrayList<>();

    private AsyncRunner runner(int workers, int queue) {
        AsyncRunner runner = new AsyncRunner(workers, queue);
        runners.add(runner);
        return runner;
    }

    @AfterEach
    void shutDown() {
        runners.forEach(AsyncRunner::shutdown);
    }

    private static final class Recorder implements ChangeStreamListener<Integer> {
        final List<Integer> events = new CopyOnWriteArrayList<>();
        final List<Throwable> errors = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(ChangeStreamEvent<Integer> event) {
            threads.add(Thread.currentThread().getName());
            events.add(event.getFullDocument());
        }

        @Override
        public void onError(Throwable error) {
            errors.add(error);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(2);
        }
    }

    private static void assertInOrder(List<Integer> events, int count) {
        assertEquals(count, events.size());
        for (int i = 0; i < count; i++) {
            assertEquals(i, events.get(i));
        }
    }

    @Test
    void deliversInOrderWithOnePollAtATimeOnSeveralWorkers() throws InterruptedException {
        AsyncRunner async = runner(4, 100);
        ScriptedChangeStreamCursor cursor = new ScriptedChangeStreamCursor(3000, 50);
        Recorder recorder = new Recorder();
        ListenerSubscription<Integer> subscription = ListenerSubscription.start(cursor, recorder, async);
        // other work on the same pool runs at the same time, so polls land on different workers
        for (int i = 0; i < 50; i++) {
            async.run(Thread::yield);
        }
        await("3000 events", () -> recorder.events.size() == 3000);
        assertInOrder(recorder.events, 3000);
        assertEquals(1, cursor.maxPollsInFlight(), "two polls of one subscription overlapped");
        assertTrue(recorder.threads.stream().allMatch(name -> name.startsWith("connect-mongodb-async-")),
                "events are delivered on the pool's workers");
        assertEquals(new BsonDocument("_data", new BsonInt32(2999)), subscription.getResumeToken());
        assertTrue(subscription.isRunning());
        subscription.stop();
        assertTrue(subscription.awaitTermination(Duration.ofSeconds(10)));
        assertTrue(cursor.isClosed());
        assertTrue(recorder.errors.isEmpty());
    }

    @Test
    void idleSubscriptionsDoNotHoldTheOnlyWorker() throws Exception {
        AsyncRunner async = runner(1, 10);
        ScriptedChangeStreamCursor first = new ScriptedChangeStreamCursor(0, 0);
        ScriptedChangeStreamCursor second = new ScriptedChangeStreamCursor(0, 0);
        ListenerSubscription<Integer> one = ListenerSubscription.start(first, new Recorder(), async);
        ListenerSubscription<Integer> two = ListenerSubscription.start(second, new Recorder(), async);
        for (int i = 0; i < 20; i++) {
            int value = i;
            assertEquals(value, async.supply(() -> value).get(10, TimeUnit.SECONDS));
        }
        assertTrue(one.isRunning() && two.isRunning());
        one.stop();
        two.stop();
        assertTrue(one.awaitTermination(Duration.ofSeconds(10)));
        assertTrue(two.awaitTermination(Duration.ofSeconds(10)));
    }

    @Test
    void backPressureDelaysThePollInsteadOfFailingTheStream() throws Exception {
        AsyncRunner async = runner(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocking = new CountDownLatch(1);
        Runnable blocker = () -> {
            blocking.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        async.run(blocker);
        assertTrue(blocking.await(10, TimeUnit.SECONDS));
        async.run(blocker); // fills the only queue slot
        ScriptedChangeStreamCursor cursor = new ScriptedChangeStreamCursor(500, 0);
        Recorder recorder = new Recorder();
        // the only worker is busy and the queue full: the first poll is refused with back-pressure
        ListenerSubscription<Integer> subscription = ListenerSubscription.start(cursor, recorder, async);
        Thread.sleep(100);
        assertTrue(subscription.isRunning());
        assertNull(subscription.failure());
        assertTrue(recorder.events.isEmpty());
        release.countDown();
        await("500 events after the worker was freed", () -> recorder.events.size() == 500);
        assertInOrder(recorder.events, 500);
        assertTrue(recorder.errors.isEmpty());
        subscription.close();
        assertTrue(subscription.awaitTermination(Duration.ofSeconds(10)));
    }

    @Test
    void stopEndsTheChainQuietlyAndClosesTheCursor() {
        ScriptedChangeStreamCursor cursor = new ScriptedChangeStreamCursor(0, 0);
        Recorder recorder = new Recorder();
        ListenerSubscription<Integer> subscription = ListenerSubscription.start(cursor, recorder, runner(2, 10));
        assertFalse(subscription.awaitTermination(Duration.ofMillis(50)), "an idle subscription keeps polling");
        subscription.stop();
        assertTrue(subscription.awaitTermination(Duration.ofSeconds(10)));
        assertFalse(subscription.isRunning());
        assertTrue(cursor.isClosed());
        assertNull(subscription.failure());
        assertTrue(recorder.errors.isEmpty());
    }

    @Test
    void closingTheClientEndsTheSubscriptionWithClientClosed() throws InterruptedException {
        AsyncRunner async = runner(2, 10);
        ScriptedChangeStreamCursor cursor = new ScriptedChangeStreamCursor(0, 0);
        Recorder recorder = new Recorder();
        ListenerSubscription<Integer> subscription = ListenerSubscription.start(cursor, recorder, async);
        async.shutdown();
        assertTrue(subscription.awaitTermination(Duration.ofSeconds(10)));
        assertInstanceOf(MongoClientClosedException.class, subscription.failure());
        assertEquals(List.of(subscription.failure()), recorder.errors);
        assertTrue(cursor.isClosed());
        assertFalse(subscription.isRunning());
    }

    @Test
    void aStoppedSubscriptionEndsQuietlyWhenTheClientCloses() {
        AsyncRunner async = runner(1, 10);
        ScriptedChangeStreamCursor cursor = new ScriptedChangeStreamCursor(0, 0);
        Recorder recorder = new Recorder();
        ListenerSubscription<Integer> subscription = ListenerSubscription.start(cursor, recorder, async);
        subscription.stop();
        async.shutdown();
        assertTrue(subscription.awaitTermination(Duration.ofSeconds(10)));
        assertNull(subscription.failure());
        assertTrue(recorder.errors.isEmpty());
        assertTrue(cursor.isClosed());
    }

    @Test
    void aThrowingListenerEndsTheStreamWithItsError() {
        ScriptedChangeStreamCursor cursor = new ScriptedChangeStreamCursor(10, 0);
        IllegalStateException boom = new IllegalStateException("listener failed on event 3");
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<Integer> seen = new CopyOnWriteArrayList<>();
        ListenerSubscription<Integer> subscription = ListenerSubscription.start(cursor, new ChangeStreamListener<>() {
            @Override
            public void onEvent(ChangeStreamEvent<Integer> event) {
                seen.add(event.getFullDocument());
                if (event.getFullDocument() == 3) {
                    throw boom;
                }
            }

            @Override
            public void onError(Throwable error) {
                errors.add(error);
            }
        }, runner(3, 10));
        assertTrue(subscription.awaitTermination(Duration.ofSeconds(10)));
        assertSame(boom, subscription.failure());
        assertEquals(List.of(boom), errors);
        assertEquals(List.of(0, 1, 2, 3), seen);
        assertTrue(cursor.isClosed());
    }
}
