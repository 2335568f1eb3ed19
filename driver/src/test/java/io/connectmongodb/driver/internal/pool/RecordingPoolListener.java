package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.event.ConnectionCheckOutFailedEvent;
import io.connectmongodb.driver.event.ConnectionCheckOutStartedEvent;
import io.connectmongodb.driver.event.ConnectionCheckedInEvent;
import io.connectmongodb.driver.event.ConnectionCheckedOutEvent;
import io.connectmongodb.driver.event.ConnectionClosedEvent;
import io.connectmongodb.driver.event.ConnectionCreatedEvent;
import io.connectmongodb.driver.event.ConnectionPoolClearedEvent;
import io.connectmongodb.driver.event.ConnectionPoolClosedEvent;
import io.connectmongodb.driver.event.ConnectionPoolCreatedEvent;
import io.connectmongodb.driver.event.ConnectionPoolListener;
import io.connectmongodb.driver.event.ConnectionPoolReadyEvent;
import io.connectmongodb.driver.event.ConnectionReadyEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Keeps every pool event in order of emission; event type names are the record names without "Event". */
public final class RecordingPoolListener implements ConnectionPoolListener {
    private final List<Object> events = new CopyOnWriteArrayList<>();

    public List<Object> events() {
        return events;
    }

    public static String typeOf(Object event) {
        String name = event.getClass().getSimpleName();
        return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
    }

    public long count(String type) {
        return events.stream().filter(e -> typeOf(e).equals(type)).count();
    }

    public <E> List<E> ofType(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** Waits (polling, bounded) until {@code count} events of {@code type} were seen; returns whether they were. */
    public boolean await(String type, long count, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (count(type) < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    @Override
    public void poolCreated(ConnectionPoolCreatedEvent event) {
        events.add(event);
    }

    @Override
    public void poolReady(ConnectionPoolReadyEvent event) {
        events.add(event);
    }

    @Override
    public void poolCleared(ConnectionPoolClearedEvent event) {
        events.add(event);
    }

    @Override
    public void poolClosed(ConnectionPoolClosedEvent event) {
        events.add(event);
    }

    @Override
    public void connectionCreated(ConnectionCreatedEvent event) {
        events.add(event);
    }

    @Override
    public void connectionReady(ConnectionReadyEvent event) {
        events.add(event);
    }

    @Override
    public void connectionClosed(ConnectionClosedEvent event) {
        events.add(event);
    }

    @Override
    public void connectionCheckOutStarted(ConnectionCheckOutStartedEvent event) {
        events.add(event);
    }

    @Override
    public void connectionCheckOutFailed(ConnectionCheckOutFailedEvent event) {
        events.add(event);
    }

    @Override
    public void connectionCheckedOut(ConnectionCheckedOutEvent event) {
        events.add(event);
    }

    @Override
    public void connectionCheckedIn(ConnectionCheckedInEvent event) {
        events.add(event);
    }
}
