package org.relapseguide.snapstart;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.crac.Context;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SnapStart runtime hooks. Before the snapshot, every handler answers a synthetic request through the real
 * entry point, so the snapshot holds loaded classes, compiled hot paths and the content cache, with the guards
 * keeping the world untouched. After a restore, what must not be shared between restored copies is refreshed.
 */
public final class SnapStartHooks implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(SnapStartHooks.class);

    private final RequestStreamHandler handler;
    private final Priming priming;
    private final PrimingRequests requests;
    private final Runnable afterRestore;

    /**
     * @param afterRestore what to refresh in a restored copy (a content cache that may be stale); connections
     *     reopen lazily on the next call
     */
    public SnapStartHooks(
            RequestStreamHandler handler, Priming priming, PrimingRequests requests, Runnable afterRestore) {
        this.handler = handler;
        this.priming = priming;
        this.requests = requests;
        this.afterRestore = afterRestore;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        int[] answered = {0};
        priming.during(() -> {
            for (Map.Entry<String, byte[]> request : requests.all().entrySet()) {
                try {
                    handler.handleRequest(
                            new ByteArrayInputStream(request.getValue()), new ByteArrayOutputStream(), null);
                    answered[0]++;
                } catch (Exception e) {
                    // A snapshot without one warmed path is still a good snapshot.
                    LOG.warn("Priming request '{}' failed", request.getKey(), e);
                }
            }
        });
        LOG.info(
                "Primed for the snapshot: {} requests answered in {} ms",
                answered[0],
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        afterRestore.run();
        LOG.info("Restored from a SnapStart snapshot: content will be checked again on the next request");
    }
}
