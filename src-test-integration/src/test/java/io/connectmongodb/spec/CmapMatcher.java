package io.connectmongodb.spec;

import io.connectmongodb.driver.event.ConnectionCheckOutFailedReason;
import io.connectmongodb.driver.event.ConnectionClosedReason;
import io.connectmongodb.driver.internal.pool.RecordingPoolListener;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The CMAP test format's MATCH: the expected value is a subset of the actual one, and 42 or "42"
 * stand for "any value that exists". Numbers compare by value whatever their BSON type. Events are
 * turned into documents with the spec's field names and reason spellings first.
 */
final class CmapMatcher {
    private CmapMatcher() {
    }

    /** {@code null} when {@code actual} matches, else what differs (with the path). */
    static String mismatch(BsonValue expected, BsonValue actual, String path) {
        if (isPlaceholder(expected)) {
            return actual == null || actual.isNull() ? path + ": expected a value, found none" : null;
        }
        if (actual == null) {
            return path + ": expected " + expected + ", found nothing";
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.asNumber().doubleValue() == actual.asNumber().doubleValue() ? null
                    : path + ": expected " + expected + ", found " + actual;
        }
        if (expected.isDocument()) {
            if (!actual.isDocument()) {
                return path + ": expected a document, found " + actual;
            }
            for (String key : expected.asDocument().keySet()) {
                String inner = mismatch(expected.asDocument().get(key), actual.asDocument().get(key), path + "." + key);
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.asArray().size() < expected.asArray().size()) {
                return path + ": expected " + expected + ", found " + actual;
            }
            for (int i = 0; i < expected.asArray().size(); i++) {
                String inner = mismatch(expected.asArray().get(i), actual.asArray().get(i), path + "[" + i + "]");
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": expected " + expected + ", found " + actual;
    }

    private static boolean isPlaceholder(BsonValue value) {
        return (value.isNumber() && value.asNumber().doubleValue() == 42)
                || (value.isString() && value.asString().getValue().equals("42"));
    }

    /** The event as the spec describes it: {@code type}, {@code address}, {@code connectionId}, {@code duration}, ... */
    static BsonDocument toDocument(Object event) {
        BsonDocument doc = new BsonDocument("type", new BsonString(RecordingPoolListener.typeOf(event)));
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            switch (component.getName()) {
                case "address" -> doc.put("address", new BsonString(value.toString()));
                case "connectionId" -> doc.put("connectionId", new BsonInt64((Long) value));
                case "duration" -> doc.put("duration", new BsonDouble(((Duration) value).toNanos() / 1e6));
                case "interruptInUseConnections" -> doc.put("interruptInUseConnections", BsonBoolean.valueOf((Boolean) value));
                case "settings" -> doc.put("options", options((ConnectionPoolSettings) value));
                case "reason" -> doc.put("reason", new BsonString(reason(value)));
                default -> { }
            }
        }
        return doc;
    }

    private static BsonDocument options(ConnectionPoolSettings settings) {
        return new BsonDocument()
                .append("maxPoolSize", new BsonInt64(settings.maxPoolSize()))
                .append("minPoolSize", new BsonInt64(settings.minPoolSize()))
                .append("maxConnecting", new BsonInt64(settings.maxConnecting()))
                .append("maxIdleTimeMS", new BsonInt64(settings.maxIdleTimeMS()))
                .append("waitQueueTimeoutMS", new BsonInt64(settings.waitQueueTimeoutMS()));
    }

    private static String reason(Object reason) {
        if (reason instanceof ConnectionClosedReason closed) {
            return switch (closed) {
                case STALE -> "stale";
                case IDLE -> "idle";
                case ERROR -> "error";
                case POOL_CLOSED -> "poolClosed";
            };
        }
        return switch ((ConnectionCheckOutFailedReason) reason) {
            case POOL_CLOSED -> "poolClosed";
            case TIMEOUT -> "timeout";
            case CONNECTION_ERROR -> "connectionError";
        };
    }
}
