package io.connectmongodb.mapper.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A single-field index on this property, created by {@code Mapper.ensureIndexes()}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Indexed {
    boolean unique() default false;

    boolean descending() default false;

    boolean sparse() default false;

    /** The index name; empty lets the server name it. */
    String name() default "";
}
