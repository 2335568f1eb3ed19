package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.RepositoryDefinitionException;
import io.connectmongodb.mapper.internal.persist.AsyncEntityWriter;
import io.connectmongodb.mapper.internal.store.AsyncResults;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Repository methods that write whole entities: {@code @Insert}, {@code @Update}, {@code @Save},
 * {@code @Delete} with an entity parameter, and the built-in save/insert/update/delete methods.
 * The parameter may be one entity, a List/Collection/Iterable or an array; the result may be
 * void, the written entity (or entities, as List or array, in the parameter's order) or, for
 * updates and deletes, the number of entities written. Declared as {@code CompletableFuture} of
 * such a result, the writes go through the driver's async API ({@link AsyncEntityWriter}).
 */
final class LifecycleMethods {
    enum Operation { INSERT, UPDATE, SAVE, DELETE }

    private enum Plurality { ONE, LIST, ARRAY }

    private LifecycleMethods() {
    }

    static RepositoryMethod create(Method method, Operation operation, RepositoryContext context) {
        if (method.getParameterCount() != 1) {
            throw new RepositoryDefinitionException(method.getName() + ": @" + name(operation)
                    + " methods take exactly one parameter: an entity, or a List, Iterable or array of entities");
        }
        Class<?> entityType = context.model().type();
        Plurality plurality = plurality(method.getGenericParameterTypes()[0], entityType, method);
        ResultShape shape = ResultShape.of(method.getGenericReturnType());
        Class<?> returned = shape.async() ? ResultShape.raw(((ParameterizedType) method.getGenericReturnType())
                .getActualTypeArguments()[0]) : method.getReturnType();
        boolean count = shape.kind() == ResultShape.Kind.COUNT_INT || shape.kind() == ResultShape.Kind.COUNT_LONG
                || shape.kind() == ResultShape.Kind.BOOLEAN;
        boolean entities = shape.kind() != ResultShape.Kind.VOID && !count;
        if (count && (operation == Operation.INSERT || operation == Operation.SAVE)) {
            throw new RepositoryDefinitionException(method.getName() + ": @" + name(operation)
                    + " methods return void or the written entities, not a count");
        }
        if (entities && operation == Operation.DELETE) {
            throw new RepositoryDefinitionException(method.getName() + ": @Delete methods return void or a count");
        }
        if (entities && plurality == Plurality.ONE && !returned.isAssignableFrom(entityType)) {
            throw new RepositoryDefinitionException(method.getName() + ": returns " + returned.getSimpleName()
                    + " but writes a single " + entityType.getSimpleName());
        }
        if (entities && plurality != Plurality.ONE && shape.kind() != ResultShape.Kind.LIST && shape.kind() != ResultShape.Kind.ARRAY) {
            throw new RepositoryDefinitionException(method.getName() + ": writes several entities, so it returns void, a List or an array");
        }
        if (shape.async()) {
            AsyncEntityWriter<Object> writer = new AsyncEntityWriter<>(context.persister());
            AsyncRepositoryMethod async = arguments -> {
                List<Object> input = toList(arguments[0], plurality);
                CompletableFuture<List<Object>> written = switch (operation) {
                    case INSERT -> context.persister().insertAllAsync(input);
                    case UPDATE -> writer.updateAll(input);
                    case SAVE -> writer.saveAll(input);
                    case DELETE -> AsyncResults.map(writer.deleteAll(input), deleted -> input);
                };
                return AsyncResults.map(written, list -> count ? QueryExecutor.number(shape, list.size())
                        : shapeWritten(list, plurality, entities, shape, returned));
            };
            return async;
        }
        return arguments -> {
            List<Object> input = toList(arguments[0], plurality);
            List<Object> written = switch (operation) {
                case INSERT -> context.persister().insertAll(input);
                case UPDATE -> context.persister().updateAll(input);
                case SAVE -> context.persister().saveAll(input);
                case DELETE -> {
                    input.forEach(context.persister()::delete);
                    yield input;
                }
            };
            if (count) {
                return QueryExecutor.number(shape, written.size());
            }
            return shapeWritten(written, plurality, entities, shape, returned);
        };
    }

    private static Object shapeWritten(List<Object> written, Plurality plurality, boolean entities, ResultShape shape, Class<?> returned) {
        if (!entities) {
            return null;
        }
        if (plurality == Plurality.ONE) {
            return written.get(0);
        }
        if (shape.kind() == ResultShape.Kind.ARRAY) {
            return written.toArray((Object[]) Array.newInstance(returned.getComponentType(), written.size()));
        }
        return written;
    }

    private static Plurality plurality(Type parameter, Class<?> entityType, Method method) {
        if (parameter instanceof Class<?> raw && entityType.isAssignableFrom(raw)) {
            return Plurality.ONE;
        }
        if (parameter instanceof Class<?> raw && raw.isArray() && entityType.isAssignableFrom(raw.getComponentType())) {
            return Plurality.ARRAY;
        }
        if (parameter instanceof java.lang.reflect.TypeVariable<?>) {
            return Plurality.ONE;
        }
        if (parameter instanceof ParameterizedType parameterized && Iterable.class.isAssignableFrom((Class<?>) parameterized.getRawType())) {
            Type element = parameterized.getActualTypeArguments()[0];
            Class<?> raw = element instanceof Class<?> c ? c : ResultShape.raw(element);
            if (raw == Object.class || entityType.isAssignableFrom(raw)) {
                return Plurality.LIST;
            }
        }
        throw new RepositoryDefinitionException(method.getName() + ": its parameter " + parameter.getTypeName()
                + " is not a " + entityType.getSimpleName() + ", nor a List, Iterable or array of them");
    }

    private static List<Object> toList(Object argument, Plurality plurality) {
        if (argument == null) {
            throw new IllegalArgumentException("the entity argument must not be null");
        }
        List<Object> list = new ArrayList<>();
        switch (plurality) {
            case ONE -> list.add(argument);
            case ARRAY -> {
                for (int i = 0; i < Array.getLength(argument); i++) {
                    list.add(Array.get(argument, i));
                }
            }
            default -> {
                if (argument instanceof Collection<?> collection) {
                    list.addAll(collection);
                } else {
                    ((Iterable<?>) argument).forEach(list::add);
                }
            }
        }
        for (Object entity : list) {
            if (entity == null) {
                throw new IllegalArgumentException("the entities must not contain null");
            }
        }
        return list;
    }

    private static String name(Operation operation) {
        String text = operation.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
