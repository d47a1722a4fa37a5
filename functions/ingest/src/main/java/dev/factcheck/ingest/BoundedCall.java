package dev.factcheck.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one piece of untrusted work (an entry: fetch, parse, extract, store) on a thread of its own and
 * waits for it at most a given time. Whatever the work does (throws an {@code Error} such as
 * {@code StackOverflowError} or {@code OutOfMemoryError}, loops, blocks on a socket) the caller gets an
 * answer in time and goes on with the next entry. Work that overruns is interrupted and abandoned: a
 * daemon thread, so it never keeps the process alive, and its result is dropped.
 */
final class BoundedCall {

    private BoundedCall() {
    }

    /** Why bounded work gave no result. */
    static final class Failure extends Exception {

        Failure(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /**
     * The work's result. A {@link Failure} when it overran {@code budget} ("timed out"), threw
     * (the throwable is the cause) or the caller was interrupted ("cancelled"; the interrupt flag is kept).
     */
    static <T> T call(String name, Duration budget, Callable<T> work) throws Failure {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().daemon().name(name).unstarted(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable anything) {
                // Errors included: they end this entry, not the run.
                result.completeExceptionally(anything);
            }
        });
        worker.start();
        try {
            return result.get(Math.max(1, budget.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException overran) {
            worker.interrupt();
            throw new Failure("timed out after " + (budget.toMillis() % 1_000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms"), null);
        } catch (InterruptedException cancelled) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new Failure("cancelled", null);
        } catch (ExecutionException failed) {
            throw new Failure("failed", failed.getCause());
        }
    }
}
