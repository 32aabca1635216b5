package org.relapseguide.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a running dynalite: one server for the whole test run, started on first use and stopped when the
 * run ends (so no process is left behind). Declare a {@link Dynalite} parameter to get it. A test that kills or
 * restarts the server should use {@link Dynalite#start()} for a private one instead.
 */
public final class DynaliteExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Dynalite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Dynalite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("server", key -> new Running(Dynalite.start()), Running.class)
                .server();
    }

    /** Stops the shared server when the test run ends. */
    private record Running(Dynalite server) implements AutoCloseable {
        @Override
        public void close() {
            server.kill();
        }
    }
}
