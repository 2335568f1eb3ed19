package io.connectmongodb.mapper.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index over several properties, declared on the entity class. {@code keys} is a JSON key
 * document using property names, e.g. {@code "{lastName: 1, age: -1}"}; they are translated to field names.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(CompoundIndexes.class)
public @interface CompoundIndex {
    String keys();

    boolean unique() default false;

    boolean sparse() default false;

    String name() default "";
}
