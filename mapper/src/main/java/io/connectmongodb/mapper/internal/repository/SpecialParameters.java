package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.RepositoryDefinitionException;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.query.PropertyPaths;
import io.connectmongodb.mapper.internal.query.ResolvedPath;
import io.connectmongodb.mapper.internal.query.SortKey;

import jakarta.data.Limit;
import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.PageRequest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jakarta Data parameters of a method that shape results rather than filter them:
 * {@link Limit}, {@link PageRequest}, {@link Sort} (single or varargs) and {@link Order}; every
 * other parameter is a query argument. Dynamic sorts are applied after the method's static ones
 * (OrderBy keyword or annotation), in parameter order, as the Jakarta Data precedence rules say;
 * a case-insensitive sort runs the find with a collation (see {@code FindQuery}).
 */
record SpecialParameters(int limit, int pageRequest, List<Integer> sorts, List<Integer> queryParameters) {

    static SpecialParameters of(Method method) {
        int limit = -1;
        int pageRequest = -1;
        List<Integer> sorts = new ArrayList<>();
        List<Integer> query = new ArrayList<>();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            if (type == Limit.class) {
                if (limit >= 0) {
                    throw new RepositoryDefinitionException(method.getName() + " has two Limit parameters");
                }
                limit = i;
            } else if (type == PageRequest.class) {
                if (pageRequest >= 0) {
                    throw new RepositoryDefinitionException(method.getName() + " has two PageRequest parameters");
                }
                pageRequest = i;
            } else if (type == Sort.class || type == Sort[].class || type == Order.class) {
                sorts.add(i);
            } else {
                query.add(i);
            }
        }
        if (limit >= 0 && pageRequest >= 0) {
            throw new RepositoryDefinitionException(method.getName() + " has both Limit and PageRequest parameters; use one");
        }
        return new SpecialParameters(limit, pageRequest, List.copyOf(sorts), List.copyOf(query));
    }

    /** The query arguments alone, in order. */
    Object[] queryArguments(Object[] arguments) {
        Object[] result = new Object[queryParameters.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = arguments[queryParameters.get(i)];
        }
        return result;
    }

    List<SortKey> dynamicSorts(Object[] arguments, PropertyPaths paths, EntityModel<?> model) {
        List<SortKey> keys = new ArrayList<>();
        for (int index : sorts) {
            Object argument = arguments[index];
            if (argument == null) {
                throw new IllegalArgumentException("the sort argument " + index + " must not be null");
            }
            if (argument instanceof Sort<?> sort) {
                keys.add(key(sort, paths, model));
            } else if (argument instanceof Sort<?>[] array) {
                for (Sort<?> sort : array) {
                    keys.add(key(sort, paths, model));
                }
            } else {
                for (Sort<?> sort : (Order<?>) argument) {
                    keys.add(key(sort, paths, model));
                }
            }
        }
        return keys;
    }

    private static SortKey key(Sort<?> sort, PropertyPaths paths, EntityModel<?> model) {
        if (sort == null) {
            throw new IllegalArgumentException("a Sort must not be null");
        }
        ResolvedPath path = paths.resolve(model, sort.property());
        if (path == null) {
            throw new IllegalArgumentException("cannot sort by '" + sort.property() + "': no such property of "
                    + model.type().getSimpleName());
        }
        return new SortKey(path.fieldPath(), sort.isDescending(), sort.ignoreCase());
    }
}
