package io.connectmongodb.driver.error;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The root of every exception the driver throws for a MongoDB problem.
 *
 * <p>Carries the server's error labels (such as {@code TransientTransactionError} or
 * {@code RetryableWriteError}). Messages never contain credentials.
 */
public class MongoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Set<String> errorLabels = new LinkedHashSet<>();

    public MongoException(String message) {
        super(message);
    }

    public MongoException(String message, Throwable cause) {
        super(message, cause);
    }

    public Set<String> errorLabels() {
        return Collections.unmodifiableSet(errorLabels);
    }

    public boolean hasErrorLabel(String label) {
        return errorLabels.contains(label);
    }

    public void addErrorLabel(String label) {
        errorLabels.add(label);
    }

    public void removeErrorLabel(String label) {
        errorLabels.remove(label);
    }
}
