package io.connectmongodb.mapper.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value written in the discriminator field for this class in a polymorphic hierarchy (default: the simple class name); on the root, {@code key} names the field (default {@code _t}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface Discriminator {
    String value() default "";

    String key() default "_t";
}
