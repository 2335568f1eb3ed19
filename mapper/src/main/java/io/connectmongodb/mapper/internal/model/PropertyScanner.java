package io.connectmongodb.mapper.internal.model;

import io.connectmongodb.mapper.EntityMappingException;
import io.connectmongodb.mapper.annotation.Transient;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the properties of a class. A record's properties are its components, read through their
 * accessors. Any other class's properties are its instance fields (superclass fields first), minus
 * {@code static}, {@code transient} and {@code @Transient} ones; each is read through a
 * {@code getX}/{@code isX} method when one exists, else the field, and written through a
 * {@code setX} method when one exists, else the field unless it is final. Annotations may sit on
 * the field, the getter or the setter.
 */
final class PropertyScanner {
    private PropertyScanner() {
    }

    static List<PropertyCandidate> scan(Class<?> type) {
        return type.isRecord() ? scanRecord(type) : scanClass(type);
    }

    private static List<PropertyCandidate> scanRecord(Class<?> type) {
        List<PropertyCandidate> result = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Map<Class<? extends Annotation>, Annotation> annotations = new HashMap<>();
            collect(annotations, component.getAnnotations());
            collect(annotations, component.getAccessor().getAnnotations());
            if (annotations.containsKey(Transient.class)) {
                throw new EntityMappingException("@Transient is not allowed on record component '" + component.getName()
                        + "' of " + type.getName() + ": the canonical constructor needs every component");
            }
            result.add(new PropertyCandidate(component.getName(), component.getGenericType(), component.getType(),
                    component.getAccessor(), null, annotations));
        }
        return result;
    }

    private static List<PropertyCandidate> scanClass(Class<?> type) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.addFirst(c);
        }
        Map<String, PropertyCandidate> result = new LinkedHashMap<>();
        for (Class<?> c : chain) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                Method getter = findGetter(type, field);
                Method setter = findSetter(type, field);
                Map<Class<? extends Annotation>, Annotation> annotations = new HashMap<>();
                collect(annotations, field.getAnnotations());
                if (getter != null) {
                    collect(annotations, getter.getAnnotations());
                }
                if (setter != null) {
                    collect(annotations, setter.getAnnotations());
                }
                if (annotations.containsKey(Transient.class)) {
                    continue;
                }
                if (result.containsKey(field.getName())) {
                    throw new EntityMappingException("field '" + field.getName() + "' of " + c.getName()
                            + " hides a field of the same name in a superclass of " + type.getName());
                }
                Member read = getter != null ? getter : field;
                Member write = setter != null ? setter : Modifier.isFinal(modifiers) ? null : field;
                result.put(field.getName(), new PropertyCandidate(field.getName(), field.getGenericType(), field.getType(),
                        read, write, annotations));
            }
        }
        return new ArrayList<>(result.values());
    }

    private static Method findGetter(Class<?> type, Field field) {
        String suffix = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        for (String name : new String[] {"get" + suffix, "is" + suffix}) {
            Method method = findMethod(type, name);
            if (method != null && method.getParameterCount() == 0 && method.getReturnType() == field.getType()
                    && !Modifier.isStatic(method.getModifiers())) {
                return method;
            }
        }
        return null;
    }

    private static Method findSetter(Class<?> type, Field field) {
        String name = "set" + Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0] == field.getType() && !Modifier.isStatic(method.getModifiers())
                        && !method.isBridge()) {
                    return method;
                }
            }
        }
        return null;
    }

    private static Method findMethod(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == 0 && !method.isBridge()) {
                    return method;
                }
            }
        }
        return null;
    }

    private static void collect(Map<Class<? extends Annotation>, Annotation> target, Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            target.putIfAbsent(annotation.annotationType(), annotation);
        }
    }
}
