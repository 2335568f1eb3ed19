package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.internal.access.AccessorGenerator;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.persist.EntityPersister;
import io.connectmongodb.mapper.internal.query.ArgumentValues;
import io.connectmongodb.mapper.internal.query.DerivedQueryParser;
import io.connectmongodb.mapper.internal.query.FilterBuilder;
import io.connectmongodb.mapper.internal.query.PropertyPaths;
import io.connectmongodb.mapper.internal.query.jdql.JdqlTranslator;
import io.connectmongodb.mapper.internal.store.DocumentStore;

/** What every method of one repository shares: its entity, store, writer, query tools and executor. */
record RepositoryContext(EntityModels models, EntityModel<Object> model, DocumentStore store, EntityPersister<Object> persister,
                         PropertyPaths paths, ArgumentValues values, FilterBuilder filters, DerivedQueryParser derived,
                         JdqlTranslator jdql, QueryExecutor executor, ResultReader reader, AccessorGenerator generator) {
}
