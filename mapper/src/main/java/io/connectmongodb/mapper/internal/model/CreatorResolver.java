package io.connectmongodb.mapper.internal.model;

import io.connectmongodb.mapper.EntityMappingException;
import io.connectmongodb.mapper.annotation.Creator;
import io.connectmongodb.mapper.annotation.Field;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses how instances of a class are created and which property feeds each creator argument:
 * the single {@code @Creator} constructor or static factory if there is one; otherwise a record's
 * canonical constructor (arguments by position); otherwise the no-argument constructor. Creator
 * parameters are matched to properties by {@code @Field} (BSON field or property name) or, when
 * compiled with {@code -parameters}, by parameter name.
 */
final class CreatorResolver {
    private CreatorResolver() {
    }

    static Executable find(Class<?> type) {
        List<Executable> annotated = new ArrayList<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.isAnnotationPresent(Creator.class)) {
                annotated.add(constructor);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Creator.class)) {
                if (!Modifier.isStatic(method.getModifiers()) || !type.isAssignableFrom(method.getReturnType())) {
                    throw new EntityMappingException("@Creator method " + method.getName() + " of " + type.getName()
                            + " must be static and return " + type.getSimpleName());
                }
                annotated.add(method);
            }
        }
        if (annotated.size() > 1) {
            throw new EntityMappingException(type.getName() + " has " + annotated.size() + " @Creator members; keep one");
        }
        if (annotated.size() == 1) {
            return annotated.get(0);
        }
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                }
                return type.getDeclaredConstructor(types);
            }
            return type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new EntityMappingException(type.getName() + " needs a no-argument constructor or a @Creator "
                    + "constructor or factory (or be a record)", e);
        }
    }

    /** For each creator parameter, the index of the property it receives. */
    static int[] parameterProperties(Class<?> type, Executable creator, Map<String, Integer> byName,
                                     Map<String, Integer> byFieldName) {
        Parameter[] parameters = creator.getParameters();
        int[] result = new int[parameters.length];
        boolean canonical = type.isRecord() && !creator.isAnnotationPresent(Creator.class);
        for (int i = 0; i < parameters.length; i++) {
            if (canonical) {
                result[i] = i;
                continue;
            }
            Parameter parameter = parameters[i];
            Field field = parameter.getAnnotation(Field.class);
            Integer index;
            String shownName;
            if (field != null) {
                shownName = field.value();
                index = byFieldName.containsKey(field.value()) ? byFieldName.get(field.value()) : byName.get(field.value());
            } else if (parameter.isNamePresent()) {
                shownName = parameter.getName();
                index = byName.get(parameter.getName());
            } else {
                throw new EntityMappingException("parameter " + i + " of the creator of " + type.getName()
                        + " has no name: annotate it @Field(\"property\") or compile with -parameters");
            }
            if (index == null) {
                throw new EntityMappingException("parameter '" + shownName + "' of the creator of " + type.getName()
                        + " matches no property");
            }
            for (int j = 0; j < i; j++) {
                if (result[j] == index) {
                    throw new EntityMappingException("two parameters of the creator of " + type.getName()
                            + " receive property '" + shownName + "'");
                }
            }
            result[i] = index;
        }
        return result;
    }
}
