package io.connectmongodb.mapper.internal.model;

import io.connectmongodb.mapper.EntityMappingException;
import io.connectmongodb.mapper.annotation.Discriminator;
import io.connectmongodb.mapper.annotation.Document;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Subtypes;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Polymorphism and collection naming over a class hierarchy. A type declares its subtypes with
 * {@code @Subtypes} or by being sealed; the topmost such ancestor of a class is its hierarchy
 * root, whose {@code @Discriminator(key)} names the discriminator field. Every concrete class in a
 * hierarchy is stored with its discriminator value (its {@code @Discriminator} value, else its
 * simple name).
 */
final class Hierarchy {
    static final String DEFAULT_KEY = "_t";

    private Hierarchy() {
    }

    /** The topmost ancestor (or the class itself) that declares subtypes, or null when not polymorphic. */
    static Class<?> root(Class<?> type) {
        Class<?> root = null;
        for (Class<?> ancestor : ancestorsAndSelf(type)) {
            if (declaresSubtypes(ancestor)) {
                root = ancestor;
            }
        }
        return root;
    }

    static String discriminatorKey(Class<?> root) {
        Discriminator discriminator = root.getAnnotation(Discriminator.class);
        return discriminator == null ? DEFAULT_KEY : discriminator.key();
    }

    static String discriminatorValue(Class<?> type) {
        Discriminator discriminator = type.getAnnotation(Discriminator.class);
        return discriminator == null || discriminator.value().isEmpty() ? type.getSimpleName() : discriminator.value();
    }

    /** The concrete classes at or below {@code type}, found through {@code @Subtypes} and sealed permits. */
    static List<Class<?>> concreteSubtypes(Class<?> type) {
        Set<Class<?>> found = new LinkedHashSet<>();
        collect(type, found);
        List<Class<?>> concrete = new ArrayList<>();
        for (Class<?> c : found) {
            if (!c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                concrete.add(c);
            }
        }
        return concrete;
    }

    /** The collection named by {@code @Entity}/{@code @Document} on the class or its nearest annotated ancestor, or null. */
    static String collectionName(Class<?> type) {
        for (Class<?> c : ancestorsAndSelfNearestFirst(type)) {
            Entity entity = c.getAnnotation(Entity.class);
            if (entity != null) {
                return entity.value().isEmpty() ? defaultName(c) : entity.value();
            }
            Document document = c.getAnnotation(Document.class);
            if (document != null) {
                return document.collection().isEmpty() ? defaultName(c) : document.collection();
            }
        }
        return null;
    }

    private static String defaultName(Class<?> c) {
        String simple = c.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static boolean declaresSubtypes(Class<?> type) {
        return type.isAnnotationPresent(Subtypes.class) || type.isSealed();
    }

    private static void collect(Class<?> type, Set<Class<?>> found) {
        if (!found.add(type)) {
            return;
        }
        List<Class<?>> direct = new ArrayList<>();
        Subtypes subtypes = type.getAnnotation(Subtypes.class);
        if (subtypes != null) {
            direct.addAll(List.of(subtypes.value()));
        }
        if (type.isSealed()) {
            direct.addAll(List.of(type.getPermittedSubclasses()));
        }
        for (Class<?> subtype : direct) {
            if (!type.isAssignableFrom(subtype) || subtype == type) {
                throw new EntityMappingException("@Subtypes of " + type.getName() + " lists " + subtype.getName()
                        + ", which is not a subtype of it");
            }
            collect(subtype, found);
        }
    }

    /** Superclasses and interfaces, farthest first, then the class itself. */
    private static List<Class<?>> ancestorsAndSelf(Class<?> type) {
        List<Class<?>> nearestFirst = ancestorsAndSelfNearestFirst(type);
        List<Class<?>> result = new ArrayList<>(nearestFirst.size());
        for (int i = nearestFirst.size() - 1; i >= 0; i--) {
            result.add(nearestFirst.get(i));
        }
        return result;
    }

    private static List<Class<?>> ancestorsAndSelfNearestFirst(Class<?> type) {
        Set<Class<?>> result = new LinkedHashSet<>();
        List<Class<?>> queue = new ArrayList<>(List.of(type));
        for (int i = 0; i < queue.size(); i++) {
            Class<?> c = queue.get(i);
            if (c == null || c == Object.class || !result.add(c)) {
                continue;
            }
            queue.add(c.getSuperclass());
            queue.addAll(List.of(c.getInterfaces()));
        }
        return new ArrayList<>(result);
    }
}
