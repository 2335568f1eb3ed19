package io.connectmongodb.mapper.internal.validation;

import io.connectmongodb.mapper.EntityValidationException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.Set;

/**
 * Runs Bean Validation (Hibernate Validator, with Expressly for message expressions) on whole
 * entities before they are written. One validator is built per mapper and reused; it is
 * thread-safe. When validation is off this does nothing.
 */
public final class EntityValidator implements AutoCloseable {
    private static final Class<?>[] NO_GROUPS = new Class<?>[0];

    private final ValidatorFactory factory;
    private final Validator validator;
    private final Class<?>[] groups;

    private EntityValidator(ValidatorFactory factory, Class<?>[] groups) {
        this.factory = factory;
        this.validator = factory == null ? null : factory.getValidator();
        this.groups = groups;
    }

    /** A validator checking the given groups (the Default group when none are given). */
    public static EntityValidator enabled(Class<?>... groups) {
        for (Class<?> group : groups) {
            if (group == null || !group.isInterface()) {
                throw new IllegalArgumentException("validation groups must be interfaces, but got " + group);
            }
        }
        return new EntityValidator(Validation.buildDefaultValidatorFactory(), groups.clone());
    }

    public static EntityValidator disabled() {
        return new EntityValidator(null, NO_GROUPS);
    }

    public boolean isEnabled() {
        return validator != null;
    }

    /** Throws {@link EntityValidationException} listing every violation of {@code entity}. */
    public void validate(Object entity) {
        if (validator == null) {
            return;
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(entity, groups);
        if (!violations.isEmpty()) {
            throw new EntityValidationException(entity.getClass(), violations);
        }
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.close();
        }
    }
}
