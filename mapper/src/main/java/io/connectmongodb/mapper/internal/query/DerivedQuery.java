package io.connectmongodb.mapper.internal.query;

import java.util.List;

/**
 * A parsed derived query method name. {@code disjunction} is an OR of AND-groups of conditions
 * (empty = match all); {@code limit} is 0 when unlimited; {@code distinctField} is the resolved
 * subject property of {@code findDistinct<Property>By...}, else null.
 */
public record DerivedQuery(QueryAction action, boolean distinct, ResolvedPath distinctField, int limit,
                           List<List<Condition>> disjunction, List<SortKey> sort, int argumentCount) {
}
