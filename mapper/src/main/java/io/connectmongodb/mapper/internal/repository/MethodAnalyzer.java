package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.RepositoryDefinitionException;
import io.connectmongodb.mapper.annotation.Aggregation;
import io.connectmongodb.mapper.annotation.PartialUpdate;
import io.connectmongodb.mapper.internal.codec.BsonValues;
import io.connectmongodb.mapper.internal.query.Condition;
import io.connectmongodb.mapper.internal.query.DerivedQuery;
import io.connectmongodb.mapper.internal.query.DerivedQueryParser;
import io.connectmongodb.mapper.internal.query.Operator;
import io.connectmongodb.mapper.internal.query.QueryAction;
import io.connectmongodb.mapper.internal.query.ResolvedPath;
import io.connectmongodb.mapper.internal.query.SortKey;
import io.connectmongodb.mapper.internal.store.DocumentCursor;
import io.connectmongodb.mapper.internal.store.FindQuery;

import jakarta.data.page.PageRequest;
import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.By;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.Insert;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Query;
import jakarta.data.repository.Save;
import jakarta.data.repository.Update;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

import org.bson.BsonDocument;

/**
 * Decides, once per repository method, how it is implemented, checking everything that can be
 * checked before a call: built-in CRUD methods; {@code @Insert/@Update/@Save/@Delete};
 * {@code @Find} with {@code @By} and {@code @OrderBy}; {@code @Query} (JDQL, or a MongoDB JSON
 * filter when the text starts with <code>{</code>); {@code @Aggregation}; {@code @PartialUpdate};
 * and derived queries from the method name. Anything else fails with a
 * {@link RepositoryDefinitionException} that names the method and the reason.
 */
final class MethodAnalyzer {
    static final String ASYNC_SUPPORT = "CompletableFuture results are supported for find queries returning a single "
            + "entity, Optional, List, array, Page or CursoredPage, for count, exists and delete queries, and for "
            + "insert, update, save and delete of entities; declare this method synchronously";
    static final String ASYNC_STREAM = "CompletableFuture<Stream<T>> is not supported: a Stream reads its cursor lazily "
            + "with blocking calls, so the future would complete before any work is done; return "
            + "CompletableFuture<List<T>> (or a Page to bound the results), or a plain Stream";
    private final RepositoryContext context;
    private final StatementMethods statements;

    MethodAnalyzer(RepositoryContext context) {
        this.context = context;
        this.statements = new StatementMethods(context, this);
    }

    RepositoryMethod analyze(Method method) {
        ResultShape shape = ResultShape.of(method.getGenericReturnType());
        RepositoryMethod implementation = implement(method, shape);
        if (shape.async() && !(implementation instanceof AsyncRepositoryMethod)) {
            throw new RepositoryDefinitionException(method.getName() + ": " + ASYNC_SUPPORT);
        }
        return implementation;
    }

    private RepositoryMethod implement(Method method, ResultShape shape) {
        Class<?> declaring = method.getDeclaringClass();
        if (declaring == BasicRepository.class || declaring == CrudRepository.class) {
            return builtIn(method);
        }
        if (method.isAnnotationPresent(Insert.class)) {
            return LifecycleMethods.create(method, LifecycleMethods.Operation.INSERT, context);
        }
        if (method.isAnnotationPresent(Update.class)) {
            return LifecycleMethods.create(method, LifecycleMethods.Operation.UPDATE, context);
        }
        if (method.isAnnotationPresent(Save.class)) {
            return LifecycleMethods.create(method, LifecycleMethods.Operation.SAVE, context);
        }
        if (method.isAnnotationPresent(Delete.class)) {
            if (method.getParameterCount() == 1 && isEntityParameter(method)) {
                return LifecycleMethods.create(method, LifecycleMethods.Operation.DELETE, context);
            }
            return byParameters(method, shape, QueryAction.DELETE);
        }
        if (method.isAnnotationPresent(Find.class)) {
            return byParameters(method, shape, QueryAction.FIND);
        }
        if (method.isAnnotationPresent(Query.class)) {
            String text = method.getAnnotation(Query.class).value().trim();
            return text.startsWith("{") ? statements.jsonQuery(method, text, shape) : statements.jdql(method, text, shape);
        }
        if (method.isAnnotationPresent(Aggregation.class)) {
            return statements.aggregation(method, method.getAnnotation(Aggregation.class), shape);
        }
        if (method.isAnnotationPresent(PartialUpdate.class)) {
            return statements.partialUpdate(method, method.getAnnotation(PartialUpdate.class), shape);
        }
        if (DerivedQueryParser.looksDerived(method.getName())) {
            return derived(method, shape);
        }
        throw new RepositoryDefinitionException(method.getName() + " is not a built-in method, has no Jakarta Data or mapper "
                + "annotation, and its name is not a query (find/read/get/query/stream/count/exists/delete/remove...By)");
    }

    private RepositoryMethod builtIn(Method method) {
        Class<?> entity = context.model().type();
        switch (method.getName()) {
            case "save", "saveAll":
                return LifecycleMethods.create(method, LifecycleMethods.Operation.SAVE, context);
            case "insert", "insertAll":
                return LifecycleMethods.create(method, LifecycleMethods.Operation.INSERT, context);
            case "update", "updateAll":
                return LifecycleMethods.create(method, LifecycleMethods.Operation.UPDATE, context);
            case "delete", "deleteAll":
                return LifecycleMethods.create(method, LifecycleMethods.Operation.DELETE, context);
            case "findById":
                return plan(method, QueryAction.FIND, this::idFilter, List.of(), 0,
                        new ResultShape(ResultShape.Kind.OPTIONAL, entity, false), null);
            case "deleteById":
                if (!context.model().callbacks().preRemove().isEmpty()) {
                    return deleteByIdWithCallbacks();
                }
                return plan(method, QueryAction.DELETE, this::idFilter, List.of(), 0,
                        new ResultShape(ResultShape.Kind.VOID, null, false), null);
            case "findAll":
                ResultShape shape = method.getParameterCount() == 0 ? new ResultShape(ResultShape.Kind.STREAM, entity, false)
                        : new ResultShape(ResultShape.Kind.PAGE, entity, false);
                return plan(method, QueryAction.FIND, arguments -> new BsonDocument(), List.of(), 0, shape, null);
            default:
                throw new RepositoryDefinitionException(method.getName() + " of " + method.getDeclaringClass().getSimpleName()
                        + " is a built-in repository method this mapper does not support");
        }
    }

    /**
     * {@code deleteById} of an entity with {@code @PreRemove} callbacks: the entity is read first
     * (one extra query, only for such entities) so the callbacks see it, then deleted.
     */
    private RepositoryMethod deleteByIdWithCallbacks() {
        return arguments -> {
            BsonDocument filter = idFilter(arguments);
            try (DocumentCursor cursor = context.store().find(new FindQuery(filter, null, null, 0, 1, 0))) {
                java.util.Iterator<Object> found = context.reader().read(cursor, null);
                if (found.hasNext()) {
                    context.model().callbacks().preRemove().invoke(found.next());
                }
            }
            context.store().delete(filter, false);
            return null;
        };
    }

    private BsonDocument idFilter(Object[] arguments) {
        if (arguments[0] == null) {
            throw new IllegalArgumentException("the id must not be null");
        }
        return new BsonDocument("_id", BsonValues.of(context.model().id().codec(), arguments[0]));
    }

    /** {@code @Find} and parameter-based {@code @Delete}: each query parameter is an equality on its {@code @By} property. */
    private RepositoryMethod byParameters(Method method, ResultShape shape, QueryAction action) {
        SpecialParameters special = SpecialParameters.of(method);
        Parameter[] parameters = method.getParameters();
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < special.queryParameters().size(); i++) {
            Parameter parameter = parameters[special.queryParameters().get(i)];
            By by = parameter.getAnnotation(By.class);
            String name = by != null ? by.value() : parameter.isNamePresent() ? parameter.getName() : null;
            if (name == null) {
                throw new RepositoryDefinitionException(method.getName() + ": parameter " + i
                        + " needs @By(\"property\") (or compile with -parameters)");
            }
            ResolvedPath path = name.equals(By.ID) ? new ResolvedPath(By.ID, "_id", context.model().id()) : context.paths().resolve(context.model(), name);
            if (path == null || path.leaf() == null) {
                throw new RepositoryDefinitionException(method.getName() + ": @By(\"" + name + "\") names no property of "
                        + context.model().type().getSimpleName());
            }
            conditions.add(new Condition(path, Operator.EQUALS, false, i));
        }
        List<List<Condition>> disjunction = conditions.isEmpty() ? List.of() : List.of(List.copyOf(conditions));
        return plan(method, action, arguments -> context.filters().filter(disjunction, arguments), orderBy(method), 0, shape, null);
    }

    private RepositoryMethod derived(Method method, ResultShape shape) {
        DerivedQuery query = context.derived().parse(method.getName(), context.model());
        SpecialParameters special = SpecialParameters.of(method);
        if (special.queryParameters().size() != query.argumentCount()) {
            throw new RepositoryDefinitionException(method.getName() + ": its name needs " + query.argumentCount()
                    + " query parameters but the method has " + special.queryParameters().size());
        }
        if (query.limit() > 0 && (special.limit() >= 0 || special.pageRequest() >= 0)) {
            throw new RepositoryDefinitionException(method.getName() + ": First/Top cannot be combined with a Limit or PageRequest parameter");
        }
        if (query.distinct() && query.distinctField() == null) {
            throw new RepositoryDefinitionException(method.getName() + ": Distinct needs the property whose distinct values "
                    + "are returned, as in findDistinctLastNameBy...; whole entities are always distinct by _id");
        }
        List<SortKey> sort = new ArrayList<>(query.sort());
        sort.addAll(orderBy(method));
        return plan(method, query.action(), arguments -> context.filters().filter(query.disjunction(), arguments), sort,
                query.limit(), shape, query.distinctField());
    }

    List<SortKey> orderBy(Method method) {
        List<SortKey> keys = new ArrayList<>();
        for (OrderBy orderBy : method.getAnnotationsByType(OrderBy.class)) {
            ResolvedPath path = orderBy.value().equals(By.ID) ? new ResolvedPath(By.ID, "_id", context.model().id())
                    : context.paths().resolve(context.model(), orderBy.value());
            if (path == null) {
                throw new RepositoryDefinitionException(method.getName() + ": @OrderBy(\"" + orderBy.value()
                        + "\") names no property of " + context.model().type().getSimpleName());
            }
            keys.add(new SortKey(path.fieldPath(), orderBy.descending(), orderBy.ignoreCase()));
        }
        return keys;
    }

    /** Checks the result shape against the action and builds the executing method. */
    RepositoryMethod plan(Method method, QueryAction action, java.util.function.Function<Object[], BsonDocument> filter,
                          List<SortKey> sort, int limit, ResultShape shape, ResolvedPath distinctField) {
        String name = method.getName();
        SpecialParameters special = SpecialParameters.of(method);
        ResultShape.Kind kind = shape.kind();
        Projection projection = null;
        switch (action) {
            case COUNT -> require(kind == ResultShape.Kind.COUNT_LONG || kind == ResultShape.Kind.COUNT_INT, name, "count queries return long or int");
            case EXISTS -> require(kind == ResultShape.Kind.BOOLEAN, name, "exists queries return boolean");
            case DELETE -> require(kind == ResultShape.Kind.VOID || kind == ResultShape.Kind.COUNT_LONG || kind == ResultShape.Kind.COUNT_INT,
                    name, "delete queries return void, long or int (the number deleted)");
            default -> {
                require(shape.isEntityResult(), name, "find queries return entities, projections, Optional, List, array, Stream, Page or CursoredPage");
                if ((kind == ResultShape.Kind.PAGE || kind == ResultShape.Kind.CURSORED_PAGE) && special.pageRequest() < 0) {
                    throw new RepositoryDefinitionException(name + ": returns " + (kind == ResultShape.Kind.PAGE ? "Page" : "CursoredPage")
                            + " and so needs a " + PageRequest.class.getSimpleName() + " parameter");
                }
                if (distinctField != null) {
                    require(kind == ResultShape.Kind.LIST || kind == ResultShape.Kind.ARRAY || kind == ResultShape.Kind.STREAM,
                            name, "distinct queries return a List, array or Stream of property values");
                } else if (!shape.elementType().isAssignableFrom(context.model().type())
                        && !context.model().type().isAssignableFrom(shape.elementType())) {
                    projection = Projection.of(shape.elementType(), context.model(), context.generator(), name);
                }
            }
        }
        QueryPlan plan = new QueryPlan(name, action, filter, List.copyOf(sort), limit, special, shape, projection, distinctField);
        if (shape.async()) {
            require(kind != ResultShape.Kind.STREAM, name, ASYNC_STREAM);
            require(distinctField == null, name, ASYNC_SUPPORT);
            AsyncRepositoryMethod async = arguments -> context.executor().executeAsync(plan, arguments);
            return async;
        }
        return arguments -> context.executor().execute(plan, arguments);
    }

    private boolean isEntityParameter(Method method) {
        Class<?> type = method.getParameterTypes()[0];
        Class<?> entity = context.model().type();
        return entity.isAssignableFrom(type) || (type.isArray() && entity.isAssignableFrom(type.getComponentType()))
                || Iterable.class.isAssignableFrom(type);
    }

    private static void require(boolean condition, String method, String rule) {
        if (!condition) {
            throw new RepositoryDefinitionException(method + ": " + rule);
        }
    }
}
