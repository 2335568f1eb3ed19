package io.connectmongodb.mapper.internal.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Maps the driver's futures to the mapper's results the way the driver completes its own: a
 * failure completes the returned future with the original exception, never wrapped in a
 * {@link CompletionException}, so callers see the same typed exceptions as the synchronous API.
 * Cancelling the returned future cancels the driver's.
 */
public final class AsyncResults {

    private AsyncResults() {
    }

    public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<? super A, ? extends B> mapping) {
        return map(source, mapping, Function.identity());
    }

    /** As {@link #map(CompletableFuture, Function)}, translating a failure with {@code errors} first. */
    public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<? super A, ? extends B> mapping,
                                                  Function<Throwable, Throwable> errors) {
        CompletableFuture<B> result = new CompletableFuture<>();
        source.whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(errors.apply(unwrap(error)));
                return;
            }
            try {
                result.complete(mapping.apply(value));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                source.cancel(true);
            }
        });
        return result;
    }

    /**
     * Chains a second async call on the result of {@code source}: the returned future completes
     * with the second call's result, or fails (unwrapped) with whichever failed first.
     * Cancelling it cancels {@code source}.
     */
    public static <A, B> CompletableFuture<B> compose(CompletableFuture<A> source,
                                                      Function<? super A, ? extends CompletableFuture<B>> next) {
        CompletableFuture<B> result = new CompletableFuture<>();
        source.whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(unwrap(error));
                return;
            }
            CompletableFuture<B> second;
            try {
                second = next.apply(value);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                return;
            }
            second.whenComplete((secondValue, secondError) -> {
                if (secondError != null) {
                    result.completeExceptionally(unwrap(secondError));
                } else {
                    result.complete(secondValue);
                }
            });
        });
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                source.cancel(true);
            }
        });
        return result;
    }

    /** The exception a stage really failed with. */
    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
