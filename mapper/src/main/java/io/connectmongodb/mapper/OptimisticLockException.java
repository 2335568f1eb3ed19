package io.connectmongodb.mapper;

import jakarta.data.exceptions.OptimisticLockingFailureException;

/**
 * A conditional write of a versioned entity matched nothing: another writer changed (or deleted)
 * the document since it was read. Reload the entity and retry.
 */
public class OptimisticLockException extends OptimisticLockingFailureException {
    private static final long serialVersionUID = 1L;

    public OptimisticLockException(String message) {
        super(message);
    }
}
