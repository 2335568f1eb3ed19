package io.connectmongodb.mapper;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An entity broke its Bean Validation constraints, so nothing was written. {@link #violations()}
 * lists each property path and message; the message lists them too, but never the invalid values
 * (they may be secrets).
 */
public class EntityValidationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    /** One broken constraint: the property path (e.g. {@code address.city}) and its message. */
    public record Violation(String propertyPath, String message) {
    }

    private final transient List<Violation> violations;

    public EntityValidationException(Class<?> entityType, Set<? extends ConstraintViolation<?>> constraintViolations) {
        super(describe(entityType, constraintViolations), constraintViolations);
        this.violations = sorted(constraintViolations);
    }

    /** The violations, sorted by property path. */
    public List<Violation> violations() {
        return violations;
    }

    private static List<Violation> sorted(Set<? extends ConstraintViolation<?>> constraintViolations) {
        return constraintViolations.stream()
                .map(v -> new Violation(String.valueOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Violation::propertyPath).thenComparing(Violation::message))
                .toList();
    }

    private static String describe(Class<?> entityType, Set<? extends ConstraintViolation<?>> constraintViolations) {
        return entityType.getSimpleName() + " is not valid: " + sorted(constraintViolations).stream()
                .map(v -> (v.propertyPath().isEmpty() ? "(entity)" : v.propertyPath()) + " " + v.message())
                .collect(Collectors.joining("; "));
    }
}
