package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.cluster.TopologyVersion;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoServerException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import java.util.Set;

/**
 * Classifies errors the way SDAM error handling needs: "not writable primary" and "node is
 * recovering" state change errors (by code, or by message when the server sent no code),
 * shutdown errors, network errors and network timeouts, and authentication failures.
 */
public final class ServerErrors {
    private static final Set<Integer> RECOVERING_CODES = Set.of(11600, 11602, 13436, 189, 91);
    private static final Set<Integer> NOT_WRITABLE_PRIMARY_CODES = Set.of(10107, 13435, 10058);
    private static final Set<Integer> SHUTDOWN_CODES = Set.of(11600, 91);
    private static final int AUTHENTICATION_FAILED = 18;

    private ServerErrors() {
    }

    /** A "not writable primary" or "node is recovering" error. */
    public static boolean isStateChangeError(Throwable error) {
        if (!(error instanceof MongoServerException server)) {
            return false;
        }
        return isRecovering(server.code(), messageOf(server)) || isNotWritablePrimary(server.code(), messageOf(server));
    }

    /** "node is recovering": by code, or without a code by the messages old servers used. */
    public static boolean isRecovering(int code, String message) {
        if (hasCode(code)) {
            return RECOVERING_CODES.contains(code);
        }
        return message.contains("not master or secondary") || message.contains("node is recovering");
    }

    /** "not writable primary": by code, or without a code by the legacy "not master" message. */
    public static boolean isNotWritablePrimary(int code, String message) {
        if (hasCode(code)) {
            return NOT_WRITABLE_PRIMARY_CODES.contains(code);
        }
        return !isRecovering(code, message) && message.contains("not master");
    }

    /** A state change error saying the server is shutting down: its pool must be cleared. */
    public static boolean isShutdown(Throwable error) {
        return error instanceof MongoServerException server && SHUTDOWN_CODES.contains(server.code());
    }

    /** A network error other than a read timeout. */
    public static boolean isNetworkError(Throwable error) {
        return error instanceof MongoSocketException && !isNetworkTimeout(error);
    }

    public static boolean isNetworkTimeout(Throwable error) {
        return error instanceof MongoSocketReadTimeoutException;
    }

    public static boolean isAuthenticationError(Throwable error) {
        return error instanceof MongoServerException server && server.code() == AUTHENTICATION_FAILED;
    }

    /** The topologyVersion a state change error reply carries, or {@code null}. */
    public static TopologyVersion topologyVersionOf(Throwable error) {
        if (error instanceof MongoCommandException command) {
            return TopologyVersion.fromDocument(command.response().get("topologyVersion"));
        }
        return null;
    }

    private static boolean hasCode(int code) {
        return code != -1 && code != 0;
    }

    private static String messageOf(MongoServerException error) {
        if (error instanceof MongoCommandException command) {
            return command.errorMessage();
        }
        return error.getMessage() == null ? "" : error.getMessage();
    }
}
