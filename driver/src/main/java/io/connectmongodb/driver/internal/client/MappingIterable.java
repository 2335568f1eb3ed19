package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.MongoIterable;
import java.util.function.Function;

/** Another iterable's results passed through a function, applied lazily as each result is read. */
final class MappingIterable<T, U> extends AbstractMongoIterable<U> {
    private final MongoIterable<T> source;
    private final Function<T, U> mapper;

    MappingIterable(AbstractMongoIterable<T> source, Function<T, U> mapper) {
        super(source.async());
        this.source = source;
        this.mapper = mapper;
    }

    @Override
    public MongoCursor<U> cursor() {
        MongoCursor<T> cursor = source.cursor();
        return new MongoCursor<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public U next() {
                return mapper.apply(cursor.next());
            }

            @Override
            public U tryNext() {
                T next = cursor.tryNext();
                return next == null ? null : mapper.apply(next);
            }

            @Override
            public Long getServerCursorId() {
                return cursor.getServerCursorId();
            }

            @Override
            public void close() {
                cursor.close();
            }
        };
    }

    @Override
    public MongoIterable<U> batchSize(int batchSize) {
        source.batchSize(batchSize);
        return this;
    }
}
