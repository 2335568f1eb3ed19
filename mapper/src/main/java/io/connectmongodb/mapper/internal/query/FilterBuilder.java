package io.connectmongodb.mapper.internal.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonRegularExpression;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Renders parsed conditions and call arguments into a MongoDB filter. An AND-group becomes one
 * document when its fields differ and {@code $and} otherwise (two bounds on one field would
 * overwrite each other); several groups become {@code $or}. Text patterns built from arguments
 * (Like, StartingWith, EndingWith, Containing, IgnoreCase equality) are quoted regexes, so an
 * argument can never act as a pattern; only {@code Regex}/{@code Matches} take the argument as a regex.
 */
public final class FilterBuilder {
    private final ArgumentValues values;

    public FilterBuilder(ArgumentValues values) {
        this.values = values;
    }

    public BsonDocument filter(List<List<Condition>> disjunction, Object[] arguments) {
        if (disjunction.isEmpty()) {
            return new BsonDocument();
        }
        if (disjunction.size() == 1) {
            return conjunction(disjunction.get(0), arguments);
        }
        BsonArray or = new BsonArray();
        for (List<Condition> group : disjunction) {
            or.add(conjunction(group, arguments));
        }
        return new BsonDocument("$or", or);
    }

    private BsonDocument conjunction(List<Condition> conditions, Object[] arguments) {
        List<BsonDocument> parts = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        boolean repeated = false;
        for (Condition condition : conditions) {
            BsonDocument part = condition(condition, arguments);
            for (String key : part.keySet()) {
                repeated |= !fields.add(key);
            }
            parts.add(part);
        }
        if (repeated) {
            return new BsonDocument("$and", new BsonArray(parts));
        }
        BsonDocument merged = new BsonDocument();
        parts.forEach(merged::putAll);
        return merged;
    }

    BsonDocument condition(Condition condition, Object[] arguments) {
        ResolvedPath path = condition.path();
        String field = path.fieldPath();
        Object argument = condition.operator().arity() > 0 ? arguments[condition.firstArgument()] : null;
        String flags = condition.ignoreCase() ? "i" : "";
        switch (condition.operator()) {
            case EQUALS:
                return new BsonDocument(field, condition.ignoreCase() ? regex(RegexPatterns.exact(text(argument)), flags)
                        : values.forPath(path, argument));
            case NOT_EQUALS:
                return new BsonDocument(field, condition.ignoreCase()
                        ? new BsonDocument("$not", regex(RegexPatterns.exact(text(argument)), flags))
                        : new BsonDocument("$ne", values.forPath(path, argument)));
            case GREATER_THAN:
            case AFTER:
                return operator(field, "$gt", values.forPath(path, argument));
            case GREATER_THAN_EQUAL:
                return operator(field, "$gte", values.forPath(path, argument));
            case LESS_THAN:
            case BEFORE:
                return operator(field, "$lt", values.forPath(path, argument));
            case LESS_THAN_EQUAL:
                return operator(field, "$lte", values.forPath(path, argument));
            case BETWEEN:
                return new BsonDocument(field, new BsonDocument("$gte", values.forPath(path, argument))
                        .append("$lte", values.forPath(path, arguments[condition.firstArgument() + 1])));
            case IN:
            case NOT_IN:
                return operator(field, condition.operator() == Operator.IN ? "$in" : "$nin", inList(condition, argument, flags));
            case NULL:
                return new BsonDocument(field, BsonNull.VALUE);
            case NOT_NULL:
                return operator(field, "$ne", BsonNull.VALUE);
            case EMPTY:
                return path.isMultiValued() ? operator(field, "$size", new BsonInt32(0)) : new BsonDocument(field, new BsonString(""));
            case NOT_EMPTY:
                return path.isMultiValued()
                        ? new BsonDocument(field, new BsonDocument("$exists", BsonBoolean.TRUE)
                                .append("$not", new BsonDocument("$size", new BsonInt32(0))))
                        : operator(field, "$nin", new BsonArray(List.of(new BsonString(""), BsonNull.VALUE)));
            case LIKE:
                return new BsonDocument(field, regex(RegexPatterns.like(text(argument)), flags));
            case NOT_LIKE:
                return operator(field, "$not", regex(RegexPatterns.like(text(argument)), flags));
            case STARTING_WITH:
                return new BsonDocument(field, regex(RegexPatterns.startingWith(text(argument)), flags));
            case ENDING_WITH:
                return new BsonDocument(field, regex(RegexPatterns.endingWith(text(argument)), flags));
            case CONTAINING:
                return path.isMultiValued() ? new BsonDocument(field, elementValue(argument, flags))
                        : new BsonDocument(field, regex(RegexPatterns.containing(text(argument)), flags));
            case NOT_CONTAINING:
                return path.isMultiValued()
                        ? operator(field, condition.ignoreCase() ? "$not" : "$ne", elementValue(argument, flags))
                        : operator(field, "$not", regex(RegexPatterns.containing(text(argument)), flags));
            case REGEX:
                return new BsonDocument(field, regex(text(argument), flags));
            case EXISTS:
                return operator(field, "$exists", BsonBoolean.valueOf(Boolean.TRUE.equals(argument)));
            case TRUE:
                return new BsonDocument(field, BsonBoolean.TRUE);
            case FALSE:
                return new BsonDocument(field, BsonBoolean.FALSE);
            case NEAR:
                return operator(field, "$near", near(argument, arguments[condition.firstArgument() + 1]));
            case WITHIN:
                return operator(field, "$geoWithin", new BsonDocument("$geometry", geometry(argument)));
            default:
                throw new IllegalStateException("no rendering for " + condition.operator());
        }
    }

    private BsonValue elementValue(Object argument, String flags) {
        return flags.isEmpty() ? values.of(argument) : regex(RegexPatterns.exact(text(argument)), flags);
    }

    private BsonArray inList(Condition condition, Object argument, String flags) {
        BsonArray elements = values.elementsForPath(condition.path(), argument, condition.operator().name());
        if (!condition.ignoreCase()) {
            return elements;
        }
        BsonArray patterns = new BsonArray();
        for (BsonValue element : elements) {
            patterns.add(regex(RegexPatterns.exact(element.asString().getValue()), flags));
        }
        return patterns;
    }

    private BsonDocument near(Object point, Object maxDistance) {
        BsonArray coordinates = new BsonArray();
        if (point instanceof double[] pair && pair.length == 2) {
            coordinates.add(new BsonDouble(pair[0]));
            coordinates.add(new BsonDouble(pair[1]));
        } else if (point instanceof List<?> list && list.size() == 2 && list.get(0) instanceof Number x && list.get(1) instanceof Number y) {
            coordinates.add(new BsonDouble(x.doubleValue()));
            coordinates.add(new BsonDouble(y.doubleValue()));
        } else {
            throw new IllegalArgumentException("Near needs a point as double[2] or List<Number> of {longitude, latitude}, but got " + point);
        }
        if (!(maxDistance instanceof Number distance) || distance.doubleValue() < 0) {
            throw new IllegalArgumentException("Near needs a non-negative maximum distance in meters, but got " + maxDistance);
        }
        return new BsonDocument("$geometry", new BsonDocument("type", new BsonString("Point")).append("coordinates", coordinates))
                .append("$maxDistance", new BsonDouble(distance.doubleValue()));
    }

    private BsonValue geometry(Object argument) {
        BsonValue value = values.of(argument);
        if (!value.isDocument() || !value.asDocument().containsKey("type")) {
            throw new IllegalArgumentException("Within needs a GeoJSON geometry (a document with a type), but got " + argument);
        }
        return value;
    }

    private static String text(Object argument) {
        if (!(argument instanceof CharSequence || argument instanceof Character)) {
            throw new IllegalArgumentException("a text comparison needs a String argument, but got "
                    + (argument == null ? "null" : argument.getClass().getName()));
        }
        return argument.toString();
    }

    private static BsonRegularExpression regex(String pattern, String flags) {
        return new BsonRegularExpression(pattern, flags);
    }

    private static BsonDocument operator(String field, String operator, BsonValue value) {
        return new BsonDocument(field, new BsonDocument(operator, value));
    }
}
