package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.RepositoryDefinitionException;
import io.connectmongodb.mapper.annotation.Aggregation;
import io.connectmongodb.mapper.annotation.PartialUpdate;
import io.connectmongodb.mapper.internal.query.QueryAction;
import io.connectmongodb.mapper.internal.query.SortKey;
import io.connectmongodb.mapper.internal.query.jdql.Jdql;
import io.connectmongodb.mapper.internal.query.jdql.JdqlParser;
import io.connectmongodb.mapper.internal.query.jdql.JdqlSyntaxException;
import io.connectmongodb.mapper.internal.store.DocumentCursor;

import jakarta.data.repository.Param;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.bson.BsonDocument;
import org.bson.Document;

/**
 * Repository methods defined by query text: JDQL {@code @Query}, MongoDB JSON {@code @Query}
 * filters, {@code @Aggregation} pipelines and {@code @PartialUpdate} operator updates. The text
 * is parsed and every parameter reference checked against the method when the repository is
 * created; a call only binds arguments.
 */
final class StatementMethods {
    private final RepositoryContext context;
    private final MethodAnalyzer analyzer;

    StatementMethods(RepositoryContext context, MethodAnalyzer analyzer) {
        this.context = context;
        this.analyzer = analyzer;
    }

    RepositoryMethod jdql(Method method, String text, ResultShape shape) {
        Jdql.Statement statement;
        try {
            statement = new JdqlParser(context.paths(), context.model()).parse(text);
        } catch (JdqlSyntaxException e) {
            throw new RepositoryDefinitionException(method.getName() + ": invalid JDQL \"" + text + "\": " + e.getMessage(), e);
        }
        SpecialParameters special = SpecialParameters.of(method);
        Map<String, Integer> names = parameterNames(method, special);
        checkParameters(method, statement, special, names);
        Function<Object[], Function<Jdql.Parameter, Object>> binder = arguments -> parameter ->
                parameter.name() == null ? arguments[parameter.position() - 1] : arguments[names.get(parameter.name())];
        Function<Object[], BsonDocument> filter = arguments -> context.jdql().filter(statement.where(), binder.apply(arguments));
        switch (statement.kind()) {
            case UPDATE: {
                requireCountOrVoid(method, shape, "UPDATE");
                return arguments -> {
                    Object[] query = special.queryArguments(arguments);
                    long matched = context.store().update(filter.apply(query),
                            context.jdql().update(statement.assignments(), binder.apply(query)), true);
                    return QueryExecutor.number(shape, matched);
                };
            }
            case DELETE:
                return analyzer.plan(method, QueryAction.DELETE, filter, List.of(), 0, shape, null);
            default: {
                QueryAction action = statement.count() ? QueryAction.COUNT : QueryAction.FIND;
                if (!statement.selection().isEmpty() && shape.elementType() != null
                        && shape.elementType().isAssignableFrom(context.model().type())) {
                    throw new RepositoryDefinitionException(method.getName() + ": a SELECT list needs a record or interface "
                            + "result type whose components are the selected properties");
                }
                List<SortKey> sort = new ArrayList<>(statement.orderBy());
                sort.addAll(analyzer.orderBy(method));
                return analyzer.plan(method, action, filter, sort, 0, shape, null);
            }
        }
    }

    RepositoryMethod jsonQuery(Method method, String text, ResultShape shape) {
        JsonTemplate template = template(method, text);
        SpecialParameters special = SpecialParameters.of(method);
        checkPositions(method, template, special);
        QueryAction action = switch (shape.kind()) {
            case COUNT_LONG, COUNT_INT -> QueryAction.COUNT;
            case BOOLEAN -> QueryAction.EXISTS;
            default -> QueryAction.FIND;
        };
        return analyzer.plan(method, action, arguments -> template.bind(arguments, context.values()), analyzer.orderBy(method),
                0, shape, null);
    }

    RepositoryMethod partialUpdate(Method method, PartialUpdate annotation, ResultShape shape) {
        JsonTemplate filter = template(method, annotation.filter());
        JsonTemplate update = template(method, annotation.update());
        SpecialParameters special = SpecialParameters.of(method);
        checkPositions(method, filter, special);
        checkPositions(method, update, special);
        BsonDocument sample = update.bind(new Object[update.highestParameter() + 1], context.values());
        if (sample.isEmpty() || !sample.keySet().stream().allMatch(key -> key.startsWith("$"))) {
            throw new RepositoryDefinitionException(method.getName() + ": @PartialUpdate needs update operators ($set, $inc...), "
                    + "not a replacement document");
        }
        requireCountOrVoid(method, shape, "@PartialUpdate");
        String versionField = context.model().version() == null ? null : context.model().version().fieldName();
        return arguments -> {
            Object[] query = special.queryArguments(arguments);
            BsonDocument operators = update.bind(query, context.values());
            if (versionField != null) {
                incrementVersion(operators, versionField);
            }
            long matched = context.store().update(filter.bind(query, context.values()), operators, annotation.multi());
            return QueryExecutor.number(shape, matched);
        };
    }

    /**
     * A partial update of a versioned entity moves its version on, so that a holder of the old
     * version loses its next conditional write, unless the update already sets the version itself.
     */
    private static void incrementVersion(BsonDocument operators, String versionField) {
        for (String operator : operators.keySet()) {
            if (operators.get(operator).isDocument() && operators.getDocument(operator).containsKey(versionField)) {
                return;
            }
        }
        BsonDocument increments = operators.containsKey("$inc") ? operators.getDocument("$inc") : new BsonDocument();
        increments.append(versionField, new org.bson.BsonInt64(1));
        operators.put("$inc", increments);
    }

    RepositoryMethod aggregation(Method method, Aggregation annotation, ResultShape shape) {
        if (annotation.value().length == 0) {
            throw new RepositoryDefinitionException(method.getName() + ": @Aggregation needs at least one stage");
        }
        SpecialParameters special = SpecialParameters.of(method);
        List<JsonTemplate> stages = new ArrayList<>();
        for (String stage : annotation.value()) {
            JsonTemplate template = template(method, stage);
            checkPositions(method, template, special);
            stages.add(template);
        }
        Class<?> element = shape.elementType();
        if (element == null || !(shape.kind() == ResultShape.Kind.LIST || shape.kind() == ResultShape.Kind.STREAM
                || shape.kind() == ResultShape.Kind.OPTIONAL || shape.kind() == ResultShape.Kind.SINGLE)) {
            throw new RepositoryDefinitionException(method.getName() + ": @Aggregation methods return a List, Stream, Optional "
                    + "or single value of the entity, a projection record/interface, BsonDocument or Document");
        }
        Function<BsonDocument, Object> decoder = decoder(method, element);
        return arguments -> {
            Object[] query = special.queryArguments(arguments);
            List<BsonDocument> pipeline = new ArrayList<>();
            stages.forEach(stage -> pipeline.add(stage.bind(query, context.values())));
            DocumentCursor cursor = context.store().aggregate(pipeline);
            Iterator<Object> results = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return cursor.hasNext();
                }

                @Override
                public Object next() {
                    return decoder.apply(cursor.next());
                }
            };
            if (shape.kind() == ResultShape.Kind.STREAM) {
                return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(results, 0), false)
                        .onClose(cursor::close);
            }
            try (cursor) {
                List<Object> all = new ArrayList<>();
                results.forEachRemaining(all::add);
                if (shape.kind() == ResultShape.Kind.LIST) {
                    return all;
                }
                if (all.size() > 1) {
                    throw new jakarta.data.exceptions.NonUniqueResultException(method.getName() + " produced " + all.size() + " results");
                }
                if (shape.kind() == ResultShape.Kind.OPTIONAL) {
                    return Optional.ofNullable(all.isEmpty() ? null : all.get(0));
                }
                if (all.isEmpty()) {
                    throw new jakarta.data.exceptions.EmptyResultException(method.getName() + " produced no result");
                }
                return all.get(0);
            }
        };
    }

    private Function<BsonDocument, Object> decoder(Method method, Class<?> element) {
        if (element == BsonDocument.class) {
            return document -> document;
        }
        if (element == Document.class) {
            return document -> new org.bson.codecs.DocumentCodec().decode(new org.bson.BsonDocumentReader(document),
                    org.bson.codecs.DecoderContext.builder().build());
        }
        if (element.isAssignableFrom(context.model().type()) || context.model().type().isAssignableFrom(element)) {
            return document -> context.reader().decodeBatch(List.of(document)).get(0);
        }
        io.connectmongodb.mapper.internal.codec.EntityCodec<?> codec;
        try {
            codec = context.models().codec(element);
        } catch (IllegalArgumentException e) {
            throw new RepositoryDefinitionException(method.getName() + ": cannot map aggregation results to "
                    + element.getName() + ": " + e.getMessage(), e);
        }
        return document -> codec.decode(new org.bson.BsonDocumentReader(document), org.bson.codecs.DecoderContext.builder().build());
    }

    private JsonTemplate template(Method method, String text) {
        try {
            return JsonTemplate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RepositoryDefinitionException(method.getName() + ": " + e.getMessage(), e);
        }
    }

    private static void checkPositions(Method method, JsonTemplate template, SpecialParameters special) {
        if (template.highestParameter() >= special.queryParameters().size()) {
            throw new RepositoryDefinitionException(method.getName() + ": uses ?" + template.highestParameter()
                    + " but has only " + special.queryParameters().size() + " query parameters (placeholders start at ?0)");
        }
    }

    private static void requireCountOrVoid(Method method, ResultShape shape, String what) {
        ResultShape.Kind kind = shape.kind();
        if (kind != ResultShape.Kind.VOID && kind != ResultShape.Kind.COUNT_LONG && kind != ResultShape.Kind.COUNT_INT
                && kind != ResultShape.Kind.BOOLEAN) {
            throw new RepositoryDefinitionException(method.getName() + ": " + what + " methods return void, int, long or boolean");
        }
    }

    private static Map<String, Integer> parameterNames(Method method, SpecialParameters special) {
        Map<String, Integer> names = new HashMap<>();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < special.queryParameters().size(); i++) {
            Parameter parameter = parameters[special.queryParameters().get(i)];
            Param param = parameter.getAnnotation(Param.class);
            if (param != null) {
                names.put(param.value(), i);
            } else if (parameter.isNamePresent()) {
                names.put(parameter.getName(), i);
            }
        }
        return names;
    }

    private static void checkParameters(Method method, Jdql.Statement statement, SpecialParameters special, Map<String, Integer> names) {
        List<Jdql.Parameter> used = new ArrayList<>();
        collect(statement.where(), used);
        statement.assignments().forEach(assignment -> collect(assignment.value(), used));
        for (Jdql.Parameter parameter : used) {
            if (parameter.name() != null && !names.containsKey(parameter.name())) {
                throw new RepositoryDefinitionException(method.getName() + ": the query uses :" + parameter.name()
                        + " but no parameter has that @Param name");
            }
            if (parameter.name() == null && parameter.position() > special.queryParameters().size()) {
                throw new RepositoryDefinitionException(method.getName() + ": the query uses ?" + parameter.position()
                        + " but the method has only " + special.queryParameters().size() + " query parameters");
            }
        }
    }

    private static void collect(Object node, List<Jdql.Parameter> into) {
        if (node instanceof Jdql.Parameter parameter) {
            into.add(parameter);
        } else if (node instanceof Jdql.Function function) {
            collect(function.argument(), into);
        } else if (node instanceof Jdql.And and) {
            and.conditions().forEach(c -> collect(c, into));
        } else if (node instanceof Jdql.Or or) {
            or.conditions().forEach(c -> collect(c, into));
        } else if (node instanceof Jdql.Not not) {
            collect(not.condition(), into);
        } else if (node instanceof Jdql.Comparison comparison) {
            collect(comparison.left(), into);
            collect(comparison.right(), into);
        } else if (node instanceof Jdql.Between between) {
            collect(between.value(), into);
            collect(between.low(), into);
            collect(between.high(), into);
        } else if (node instanceof Jdql.Like like) {
            collect(like.value(), into);
            collect(like.pattern(), into);
        } else if (node instanceof Jdql.In in) {
            collect(in.value(), into);
            in.candidates().forEach(c -> collect(c, into));
        } else if (node instanceof Jdql.Null isNull) {
            collect(isNull.value(), into);
        }
    }
}
