package io.connectmongodb.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class PoolWaitQueueTest {
    private final ReentrantLock lock = new ReentrantLock();
    private final PoolWaitQueue queue = new PoolWaitQueue(lock);

    @Test
    void theFirstToEnterIsTheHeadUntilItLeaves() {
        lock.lock();
        try {
            assertTrue(queue.isEmpty());
            PoolWaitQueue.Waiter first = queue.enqueue();
            PoolWaitQueue.Waiter second = queue.enqueue();
            PoolWaitQueue.Waiter third = queue.enqueue();
            assertEquals(3, queue.size());
            assertTrue(queue.isHead(first));
            assertFalse(queue.isHead(second));
            queue.remove(second); // a waiter in the middle times out
            assertTrue(queue.isHead(first));
            queue.remove(first);
            assertTrue(queue.isHead(third));
            queue.remove(third);
            assertTrue(queue.isEmpty());
        } finally {
            lock.unlock();
        }
    }

    @Test
    void failAllHandsEveryWaiterTheFailure() {
        lock.lock();
        try {
            PoolWaitQueue.Waiter first = queue.enqueue();
            PoolWaitQueue.Waiter second = queue.enqueue();
            assertNull(first.failure());
            IllegalStateException failure = new IllegalStateException("cleared");
            queue.failAll(failure);
            assertSame(failure, first.failure());
            assertSame(failure, second.failure());
        } finally {
            lock.unlock();
        }
    }

    @Test
    void signalHeadWakesTheHeadOnly() throws Exception {
        CountDownLatch headParked = new CountDownLatch(1);
        CountDownLatch headWoken = new CountDownLatch(1);
        PoolWaitQueue.Waiter[] head = new PoolWaitQueue.Waiter[1];
        PoolWaitQueue.Waiter second;
        Thread waiter = new Thread(() -> {
            lock.lock();
            try {
                head[0] = queue.enqueue();
                headParked.countDown();
                if (head[0].condition().await(10, TimeUnit.SECONDS)) {
                    headWoken.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        waiter.start();
        assertTrue(headParked.await(10, TimeUnit.SECONDS));
        lock.lock();
        try {
            second = queue.enqueue();
            queue.signalHead();
        } finally {
            lock.unlock();
        }
        assertTrue(headWoken.await(10, TimeUnit.SECONDS), "the head was signalled");
        waiter.join(10_000);
        lock.lock();
        try {
            assertFalse(second.condition().await(10, TimeUnit.MILLISECONDS), "the second waiter was not signalled");
        } finally {
            lock.unlock();
        }
    }
}
