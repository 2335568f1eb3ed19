package io.connectmongodb.mapper.internal.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.Member;
import java.lang.reflect.Type;
import java.util.Map;

/** A property found by {@link PropertyScanner} before it is checked and given a codec. */
record PropertyCandidate(String name, Type genericType, Class<?> rawType, Member getter, Member setter,
                         Map<Class<? extends Annotation>, Annotation> annotations) {

    boolean has(Class<? extends Annotation> annotation) {
        return annotations.containsKey(annotation);
    }

    @SuppressWarnings("unchecked")
    <A extends Annotation> A get(Class<A> annotation) {
        return (A) annotations.get(annotation);
    }
}
