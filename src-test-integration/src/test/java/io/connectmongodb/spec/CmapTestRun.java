package io.connectmongodb.spec;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConnectionPoolTimeoutException;
import io.connectmongodb.driver.error.MongoPoolClearedException;
import io.connectmongodb.driver.error.MongoPoolClosedException;
import io.connectmongodb.driver.internal.pool.ConnectionPool;
import io.connectmongodb.driver.internal.pool.PooledConnection;
import io.connectmongodb.driver.internal.pool.RecordingPoolListener;
import io.connectmongodb.driver.internal.pool.StubConnectionFactory;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Runs one CMAP format file against a {@link ConnectionPool} over a stub connection factory:
 * executes the operations (each named thread is a single-thread executor, so its operations run in
 * order), then checks the main thread's error and the recorded events (without the ignored types)
 * against the expectations. Background establishment errors clear the pool, as SDAM would.
 */
final class CmapTestRun {
    private static final long DEFAULT_WAIT_MILLIS = 10_000;
    private static final Map<String, Class<?>> ERROR_TYPES = Map.of(
            "PoolClosedError", MongoPoolClosedException.class,
            "WaitQueueTimeoutError", MongoConnectionPoolTimeoutException.class,
            "PoolClearedError", MongoPoolClearedException.class);

    private final BsonDocument test;
    private final RecordingPoolListener listener = new RecordingPoolListener();
    private final Map<String, ExecutorService> threads = new LinkedHashMap<>();
    private final Map<String, List<Future<?>>> threadWork = new LinkedHashMap<>();
    private final Map<String, PooledConnection> labelled = new ConcurrentHashMap<>();
    private ConnectionPool pool;

    CmapTestRun(BsonDocument test) {
        this.test = test;
    }

    /** Runs the file; throws {@link AssertionError} describing the first difference. */
    void run() throws Exception {
        StubConnectionFactory factory = new StubConnectionFactory();
        if (test.containsKey("failPoint")) {
            factory.onHandshake(new CmapSimulatedFailPoint(test.getDocument("failPoint")));
        }
        AtomicReference<ConnectionPool> self = new AtomicReference<>();
        pool = ConnectionPool.create(ServerAddress.of("127.0.0.1", 27017), factory, settings(), List.of(listener),
                (error, generation) -> self.get().clear(), System::nanoTime);
        self.set(pool);
        Throwable mainError = null;
        try {
            for (BsonValue op : test.getArray("operations")) {
                try {
                    perform(op.asDocument());
                } catch (AssertionError e) {
                    throw e;
                } catch (Throwable e) {
                    mainError = e;
                    break;
                }
            }
            List<Object> events = new ArrayList<>(listener.events());
            checkError(mainError);
            checkEvents(events);
        } finally {
            pool.close();
            for (ExecutorService thread : threads.values()) {
                thread.shutdownNow();
                thread.awaitTermination(15, TimeUnit.SECONDS);
            }
        }
    }

    private ConnectionPoolSettings settings() {
        ConnectionPoolSettings.Builder builder = ConnectionPoolSettings.builder();
        BsonDocument options = test.getDocument("poolOptions", new BsonDocument());
        for (String key : options.keySet()) {
            long value = key.equals("appName") ? 0 : options.getNumber(key).longValue();
            switch (key) {
                case "maxPoolSize" -> builder.maxPoolSize((int) value);
                case "minPoolSize" -> builder.minPoolSize((int) value);
                case "maxConnecting" -> builder.maxConnecting((int) value);
                case "maxIdleTimeMS" -> builder.maxIdleTimeMS(value);
                case "waitQueueTimeoutMS" -> builder.waitQueueTimeoutMS(value);
                case "backgroundThreadIntervalMS" -> builder.maintenanceIntervalMS(value < 0 ? -1 : value);
                case "appName" -> { } // only selects which connections the fail point hits: all of them here
                default -> throw new IllegalArgumentException("unknown pool option " + key);
            }
        }
        return builder.build();
    }

    private void perform(BsonDocument op) throws Exception {
        String thread = op.getString("thread", null) == null ? null : op.getString("thread").getValue();
        if (thread != null) {
            ExecutorService executor = threads.get(thread);
            if (executor == null) {
                throw new AssertionError("operation on thread " + thread + " before it was started: " + op.toJson());
            }
            threadWork.get(thread).add(executor.submit(() -> {
                execute(op);
                return null;
            }));
            return;
        }
        execute(op);
    }

    private void execute(BsonDocument op) throws Exception {
        String name = op.getString("name").getValue();
        switch (name) {
            case "start" -> {
                String target = op.getString("target").getValue();
                threads.put(target, Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "cmap-" + target);
                    t.setDaemon(true);
                    return t;
                }));
                threadWork.put(target, new ArrayList<>());
            }
            case "wait" -> Thread.sleep(op.getNumber("ms").longValue());
            case "waitForThread" -> waitForThread(op.getString("target").getValue());
            case "waitForEvent" -> {
                String event = op.getString("event").getValue();
                long count = op.getNumber("count").longValue();
                long timeout = op.containsKey("timeout") ? op.getNumber("timeout").longValue() : DEFAULT_WAIT_MILLIS;
                if (!listener.await(event, count, timeout)) {
                    throw new AssertionError("waited " + timeout + " ms for " + count + " " + event + " events, saw "
                            + listener.count(event) + ": " + describe(listener.events()));
                }
            }
            case "checkOut" -> {
                PooledConnection connection = pool.checkOut();
                if (op.containsKey("label")) {
                    labelled.put(op.getString("label").getValue(), connection);
                }
            }
            case "checkIn" -> {
                String label = op.getString("connection").getValue();
                PooledConnection connection = labelled.get(label);
                if (connection == null) {
                    throw new AssertionError("no connection labelled " + label);
                }
                connection.close();
            }
            case "clear" -> pool.clear(op.getBoolean("interruptInUseConnections", org.bson.BsonBoolean.FALSE).getValue());
            case "close" -> pool.close();
            case "ready" -> pool.ready();
            default -> throw new IllegalArgumentException("unknown CMAP operation " + name);
        }
    }

    private void waitForThread(String target) throws Exception {
        ExecutorService executor = threads.get(target);
        executor.shutdown();
        if (!executor.awaitTermination(DEFAULT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            throw new AssertionError("thread " + target + " did not finish within " + DEFAULT_WAIT_MILLIS + " ms");
        }
        for (Future<?> work : threadWork.get(target)) {
            try {
                work.get(0, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
            } catch (TimeoutException e) {
                throw new AssertionError("thread " + target + " still busy", e);
            }
        }
    }

    private void checkError(Throwable actual) {
        if (!test.containsKey("error")) {
            if (actual != null) {
                throw new AssertionError("unexpected error on the main thread: " + actual, actual);
            }
            return;
        }
        BsonDocument expected = test.getDocument("error");
        if (actual == null) {
            throw new AssertionError("expected error " + expected.toJson() + " but the operations succeeded");
        }
        String type = expected.getString("type").getValue();
        Class<?> javaType = ERROR_TYPES.get(type);
        if (javaType == null) {
            throw new IllegalArgumentException("unknown CMAP error type " + type);
        }
        if (!javaType.isInstance(actual)) {
            throw new AssertionError("expected " + type + " (" + javaType.getSimpleName() + ") but got " + actual, actual);
        }
        // our messages continue after the spec's text with the pool address and figures
        if (expected.containsKey("message") && !actual.getMessage().startsWith(expected.getString("message").getValue())) {
            throw new AssertionError("message \"" + actual.getMessage() + "\" does not start with \""
                    + expected.getString("message").getValue() + "\"");
        }
    }

    private void checkEvents(List<Object> recorded) {
        Set<String> ignored = new HashSet<>();
        test.getArray("ignore", new org.bson.BsonArray()).forEach(v -> ignored.add(v.asString().getValue()));
        List<BsonDocument> actual = new ArrayList<>();
        for (Object event : recorded) {
            if (!ignored.contains(RecordingPoolListener.typeOf(event))) {
                actual.add(CmapMatcher.toDocument(event));
            }
        }
        List<BsonValue> expected = test.getArray("events");
        for (int i = 0; i < expected.size(); i++) {
            if (i >= actual.size()) {
                throw new AssertionError("expected event " + i + " " + expected.get(i).asDocument().toJson()
                        + " but only " + actual.size() + " events: " + actual);
            }
            String mismatch = CmapMatcher.mismatch(expected.get(i), actual.get(i), "events[" + i + "]");
            if (mismatch != null) {
                throw new AssertionError(mismatch + "\n actual events: " + actual);
            }
        }
    }

    private static String describe(List<Object> events) {
        List<String> names = new ArrayList<>();
        events.forEach(e -> names.add(RecordingPoolListener.typeOf(e)));
        return names.toString();
    }
}
