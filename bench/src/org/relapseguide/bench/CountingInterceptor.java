package org.relapseguide.bench;

import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts every AWS SDK call made in the process. The SDK loads it from the classpath resource
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}, which only the benchmark's classpath has,
 * so the skill is measured exactly as built.
 */
public final class CountingInterceptor implements ExecutionInterceptor {
    public static final AtomicLong CALLS = new AtomicLong();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        CALLS.incrementAndGet();
    }
}
