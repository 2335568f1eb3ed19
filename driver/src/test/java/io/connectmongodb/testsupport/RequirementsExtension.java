package io.connectmongodb.testsupport;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips tests whose {@link Requires} capabilities the current test server lacks, printing why. */
public final class RequirementsExtension implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        Requires requires = element.map(e -> e.getAnnotation(Requires.class)).orElse(null);
        if (requires == null) {
            return ConditionEvaluationResult.enabled("no server requirements");
        }
        TestServer server = TestServer.shared();
        for (Capability capability : requires.value()) {
            if (!server.has(capability)) {
                String reason = "SKIPPED " + context.getDisplayName() + ": " + server.describeMissing(capability);
                System.out.println(reason);
                return ConditionEvaluationResult.disabled(reason);
            }
        }
        return ConditionEvaluationResult.enabled("server provides " + java.util.Arrays.toString(requires.value()));
    }
}
