package io.connectmongodb.mapper.internal.model;

import io.connectmongodb.mapper.EntityMappingException;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The methods of one lifecycle annotation ({@code @PrePersist}, {@code @PostLoad}...) of a class,
 * superclass methods first, each bound once to a {@link MethodHandle} of type (Object)void.
 */
public final class LifecycleCallbacks {
    private static final LifecycleCallbacks NONE = new LifecycleCallbacks(List.of());

    private final List<MethodHandle> handles;

    private LifecycleCallbacks(List<MethodHandle> handles) {
        this.handles = handles;
    }

    static LifecycleCallbacks find(Class<?> type, Class<? extends Annotation> annotation) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.addFirst(c);
        }
        List<MethodHandle> handles = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Method method : c.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(annotation)) {
                    continue;
                }
                if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())) {
                    throw new EntityMappingException("@" + annotation.getSimpleName() + " method " + method.getName()
                            + " of " + c.getName() + " must be an instance method without parameters");
                }
                try {
                    MethodHandle handle = MethodHandles.privateLookupIn(c, MethodHandles.lookup()).unreflect(method);
                    if (method.getReturnType() != void.class) {
                        handle = MethodHandles.dropReturn(handle);
                    }
                    handles.add(handle.asType(MethodType.methodType(void.class, Object.class)));
                } catch (IllegalAccessException e) {
                    throw new EntityMappingException("cannot access @" + annotation.getSimpleName() + " method "
                            + method.getName() + " of " + c.getName() + ": " + e.getMessage(), e);
                }
            }
        }
        return handles.isEmpty() ? NONE : new LifecycleCallbacks(List.copyOf(handles));
    }

    public boolean isEmpty() {
        return handles.isEmpty();
    }

    public void invoke(Object entity) {
        for (MethodHandle handle : handles) {
            try {
                handle.invokeExact(entity);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("lifecycle callback of " + entity.getClass().getName() + " failed", t);
            }
        }
    }
}
