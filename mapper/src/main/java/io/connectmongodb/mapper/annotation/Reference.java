package io.connectmongodb.mapper.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A property (an entity or a List/Set of entities) stored as the referenced ids. Repository reads load references with one $in query per referenced collection per result batch; with {@code lazy = true} they are left as id-only instances (only the id set), which the caller loads when needed through the referenced entity's repository ({@code findById}, or one {@code @Find} with an {@code In} on the ids). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Reference {
    boolean lazy() default false;
}
