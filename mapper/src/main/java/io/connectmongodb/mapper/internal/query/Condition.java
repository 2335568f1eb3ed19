package io.connectmongodb.mapper.internal.query;

/** One predicate of a query: a resolved property, an operator, case sensitivity and the index of its first argument. */
public record Condition(ResolvedPath path, Operator operator, boolean ignoreCase, int firstArgument) {
}
