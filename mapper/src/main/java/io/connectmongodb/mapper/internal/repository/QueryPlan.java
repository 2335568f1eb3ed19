package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.internal.query.QueryAction;
import io.connectmongodb.mapper.internal.query.ResolvedPath;
import io.connectmongodb.mapper.internal.query.SortKey;

import java.util.List;
import java.util.function.Function;

import org.bson.BsonDocument;

/**
 * Everything fixed about a query method once it is analysed: the action, how its query
 * arguments become a filter, static sort and limit, its special parameters, result shape and
 * optional projection or distinct field.
 */
record QueryPlan(String method, QueryAction action, Function<Object[], BsonDocument> filter, List<SortKey> staticSort,
                 int staticLimit, SpecialParameters special, ResultShape shape, Projection projection,
                 ResolvedPath distinctField) {
}
