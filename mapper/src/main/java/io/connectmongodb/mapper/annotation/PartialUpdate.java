package io.connectmongodb.mapper.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A repository method that applies MongoDB update operators (no whole-document replace) to the documents matching {@code filter}. Both are JSON with {@code ?0}, {@code ?1}... placeholders for the arguments. Returns void, int/long (modified count) or boolean. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface PartialUpdate {
    String filter();

    String update();

    /** Update every match instead of the first. */
    boolean multi() default true;
}
