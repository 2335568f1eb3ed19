package io.connectmongodb.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declares what a test class or method needs from the server. When {@link TestServer#shared()}
 * lacks one of them, the test is skipped and the reason is printed, never silently.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RequirementsExtension.class)
public @interface Requires {
    Capability[] value();
}
