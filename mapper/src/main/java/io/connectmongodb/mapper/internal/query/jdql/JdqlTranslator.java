package io.connectmongodb.mapper.internal.query.jdql;

import io.connectmongodb.mapper.internal.query.ArgumentValues;
import io.connectmongodb.mapper.internal.query.RegexPatterns;
import io.connectmongodb.mapper.internal.query.ResolvedPath;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonRegularExpression;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Translates a parsed JDQL statement plus call arguments into MongoDB documents.
 *
 * <p>A comparison between a property and a value (literal or parameter, on either side) becomes
 * a plain query operator on the field, with the value converted as that property stores it. Any
 * other comparison (two properties, or functions such as UPPER) becomes an {@code $expr}
 * aggregation expression. AND merges into one document when the fields differ, OR becomes
 * {@code $or}, NOT becomes {@code $nor}. LIKE becomes an anchored, quoted regex. In UPDATE,
 * {@code p = value} is {@code $set}, {@code p = p + v} / {@code p - v} is {@code $inc},
 * {@code p * v} / {@code p / v} is {@code $mul}.
 */
public final class JdqlTranslator {
    private static final Map<String, String> QUERY_OPERATORS = Map.of("=", "$eq", "<>", "$ne", "<", "$lt", "<=", "$lte",
            ">", "$gt", ">=", "$gte");
    private static final Map<String, String> FLIPPED = Map.of("=", "=", "<>", "<>", "<", ">", "<=", ">=", ">", "<", ">=", "<=");
    private static final Map<String, String> EXPRESSION_FUNCTIONS = Map.of("UPPER", "$toUpper", "LOWER", "$toLower",
            "LENGTH", "$strLenCP", "ABS", "$abs");

    private final ArgumentValues values;

    public JdqlTranslator(ArgumentValues values) {
        this.values = values;
    }

    /** The filter of a statement's WHERE clause ({@code {}} when there is none). */
    public BsonDocument filter(Jdql.Condition condition, Function<Jdql.Parameter, Object> arguments) {
        return condition == null ? new BsonDocument() : render(condition, arguments);
    }

    public BsonDocument update(List<Jdql.Assignment> assignments, Function<Jdql.Parameter, Object> arguments) {
        BsonDocument update = new BsonDocument();
        for (Jdql.Assignment assignment : assignments) {
            String field = assignment.path().fieldPath();
            BsonValue value = value(assignment.value(), assignment.path(), arguments);
            String operator = "$set";
            if (assignment.arithmetic() != null) {
                switch (assignment.arithmetic()) {
                    case "+" -> operator = "$inc";
                    case "-" -> {
                        operator = "$inc";
                        value = negate(value);
                    }
                    case "*" -> operator = "$mul";
                    default -> {
                        operator = "$mul";
                        value = reciprocal(value);
                    }
                }
            }
            BsonDocument target = update.containsKey(operator) ? update.getDocument(operator) : new BsonDocument();
            target.append(field, value);
            update.put(operator, target);
        }
        return update;
    }

    private BsonDocument render(Jdql.Condition condition, Function<Jdql.Parameter, Object> arguments) {
        if (condition instanceof Jdql.And and) {
            BsonArray parts = new BsonArray();
            Set<String> keys = new HashSet<>();
            boolean repeated = false;
            for (Jdql.Condition part : and.conditions()) {
                BsonDocument rendered = render(part, arguments);
                for (String key : rendered.keySet()) {
                    repeated |= !keys.add(key);
                }
                parts.add(rendered);
            }
            if (repeated) {
                return new BsonDocument("$and", parts);
            }
            BsonDocument merged = new BsonDocument();
            parts.forEach(part -> merged.putAll(part.asDocument()));
            return merged;
        }
        if (condition instanceof Jdql.Or or) {
            BsonArray parts = new BsonArray();
            or.conditions().forEach(part -> parts.add(render(part, arguments)));
            return new BsonDocument("$or", parts);
        }
        if (condition instanceof Jdql.Not not) {
            return new BsonDocument("$nor", new BsonArray(List.of(render(not.condition(), arguments))));
        }
        if (condition instanceof Jdql.Comparison comparison) {
            return comparison(comparison, arguments);
        }
        if (condition instanceof Jdql.Between between) {
            ResolvedPath path = fieldOf(between.value(), "BETWEEN");
            return new BsonDocument(path.fieldPath(), new BsonDocument("$gte", value(between.low(), path, arguments))
                    .append("$lte", value(between.high(), path, arguments)));
        }
        if (condition instanceof Jdql.Like like) {
            ResolvedPath path = fieldOf(like.value(), "LIKE");
            BsonValue pattern = value(like.pattern(), null, arguments);
            if (!pattern.isString()) {
                throw new IllegalArgumentException("LIKE needs a String pattern, but got " + pattern.getBsonType());
            }
            return new BsonDocument(path.fieldPath(), new BsonRegularExpression(RegexPatterns.like(pattern.asString().getValue())));
        }
        if (condition instanceof Jdql.In in) {
            ResolvedPath path = fieldOf(in.value(), "IN");
            BsonArray candidates = new BsonArray();
            for (Jdql.Expression candidate : in.candidates()) {
                Object raw = candidate instanceof Jdql.Parameter parameter ? arguments.apply(parameter) : null;
                if (raw instanceof Iterable<?> || (raw != null && raw.getClass().isArray())) {
                    candidates.addAll(values.elementsForPath(path, raw, "IN"));
                } else {
                    candidates.add(value(candidate, path, arguments));
                }
            }
            return new BsonDocument(path.fieldPath(), new BsonDocument("$in", candidates));
        }
        Jdql.Null isNull = (Jdql.Null) condition;
        return new BsonDocument(fieldOf(isNull.value(), "IS NULL").fieldPath(), BsonNull.VALUE);
    }

    private BsonDocument comparison(Jdql.Comparison comparison, Function<Jdql.Parameter, Object> arguments) {
        Jdql.Expression left = comparison.left();
        Jdql.Expression right = comparison.right();
        String operator = comparison.operator();
        if (!(left instanceof Jdql.Path) && right instanceof Jdql.Path && isValue(left)) {
            Jdql.Expression swap = left;
            left = right;
            right = swap;
            operator = FLIPPED.get(operator);
        }
        if (left instanceof Jdql.Path path && isValue(right)) {
            BsonValue value = value(right, path.path(), arguments);
            String field = path.path().fieldPath();
            return operator.equals("=") ? new BsonDocument(field, value)
                    : new BsonDocument(field, new BsonDocument(QUERY_OPERATORS.get(operator), value));
        }
        BsonArray operands = new BsonArray(List.of(expression(left, arguments), expression(right, arguments)));
        return new BsonDocument("$expr", new BsonDocument(QUERY_OPERATORS.get(operator), operands));
    }

    private BsonValue expression(Jdql.Expression expression, Function<Jdql.Parameter, Object> arguments) {
        if (expression instanceof Jdql.Path path) {
            return new BsonString("$" + path.path().fieldPath());
        }
        if (expression instanceof Jdql.Function function) {
            return new BsonDocument(EXPRESSION_FUNCTIONS.get(function.name()), expression(function.argument(), arguments));
        }
        BsonValue value = value(expression, null, arguments);
        return new BsonDocument("$literal", value);
    }

    private BsonValue value(Jdql.Expression expression, ResolvedPath path, Function<Jdql.Parameter, Object> arguments) {
        Object raw;
        if (expression instanceof Jdql.Literal literal) {
            raw = literal.value();
        } else if (expression instanceof Jdql.Parameter parameter) {
            raw = arguments.apply(parameter);
        } else {
            throw new JdqlSyntaxException("expected a literal or a parameter here, not " + expression);
        }
        return path == null ? values.of(raw) : values.forPath(path, raw);
    }

    private static boolean isValue(Jdql.Expression expression) {
        return expression instanceof Jdql.Literal || expression instanceof Jdql.Parameter;
    }

    private static ResolvedPath fieldOf(Jdql.Expression expression, String construct) {
        if (expression instanceof Jdql.Path path) {
            return path.path();
        }
        throw new JdqlSyntaxException(construct + " must be applied to a property");
    }

    private static BsonValue negate(BsonValue value) {
        if (value.isInt32()) {
            return new BsonInt32(-value.asInt32().getValue());
        }
        if (value.isInt64()) {
            return new BsonInt64(-value.asInt64().getValue());
        }
        if (value.isDouble()) {
            return new BsonDouble(-value.asDouble().getValue());
        }
        throw new IllegalArgumentException("cannot subtract a " + value.getBsonType() + " value");
    }

    private static BsonValue reciprocal(BsonValue value) {
        if (!value.isNumber() || value.asNumber().doubleValue() == 0) {
            throw new IllegalArgumentException("division in SET needs a non-zero number, but got " + value);
        }
        return new BsonDouble(1.0 / value.asNumber().doubleValue());
    }
}
