package org.relapseguide.aws;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Builds something slow to build (an AWS SDK client) on its own thread, from the start of initialization. */
public final class Background {
    private Background() {}

    /**
     * Starts building on a daemon thread, so a cold start loads the SDK while the rest of the skill is built and the
     * first request is read.
     *
     * @return what was built, once it is (waiting for it); {@link CompletionException} when it could not be built
     */
    public static <T> Supplier<T> build(String threadName, Supplier<T> builder) {
        CompletableFuture<T> built = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        built.complete(builder.get());
                    } catch (Throwable e) {
                        // Errors too (a class missing from the jar, say): a future left incomplete would hang every
                        // request.
                        built.completeExceptionally(e);
                    }
                },
                threadName);
        thread.setDaemon(true);
        thread.start();
        return built::join;
    }
}
