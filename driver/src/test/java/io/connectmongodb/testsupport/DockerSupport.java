package io.connectmongodb.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Enables Testcontainers-backed tests only where a Docker engine answers; elsewhere they are
 * skipped with the reason printed. Use with {@code @ExtendWith(DockerSupport.class)}.
 */
public final class DockerSupport implements ExecutionCondition {
    private static Boolean available;

    /** Whether a Docker engine answers on this machine (asked once per JVM). */
    public static synchronized boolean dockerAvailable() {
        if (available == null) {
            boolean answer;
            try {
                answer = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                answer = false;
            }
            available = answer;
        }
        return available;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (dockerAvailable()) {
            return ConditionEvaluationResult.enabled("a Docker engine answers");
        }
        String reason = "SKIPPED " + context.getDisplayName()
                + ": no Docker engine answers, so Testcontainers cannot start a real mongod replica set";
        System.out.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
