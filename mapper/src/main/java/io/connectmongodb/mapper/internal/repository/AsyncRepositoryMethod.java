package io.connectmongodb.mapper.internal.repository;

/**
 * A repository method that returns a {@code CompletableFuture} completed through the driver's
 * async API. The analyzer accepts a {@code CompletableFuture} return type only when the method was
 * implemented as one of these, so an async declaration never silently runs synchronously.
 */
interface AsyncRepositoryMethod extends RepositoryMethod {
}
