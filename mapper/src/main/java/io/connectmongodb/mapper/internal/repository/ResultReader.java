package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.internal.codec.EntityCodec;
import io.connectmongodb.mapper.internal.codec.ReferenceScope;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.store.DocumentCursor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.codecs.DecoderContext;

/**
 * Turns query results into entities or projections, batch by batch: it pulls up to
 * {@code batchSize} documents from the cursor, loads their references in one go (see
 * {@link ReferenceLoader}), then decodes the batch with those references in scope. Entities
 * without eager references are decoded one by one without buffering.
 */
final class ResultReader {
    private static final DecoderContext DECODE = DecoderContext.builder().build();

    private final EntityModel<?> model;
    private final EntityCodec<?> codec;
    private final ReferenceLoader references;
    private final boolean batched;
    private final int batchSize;

    ResultReader(EntityModel<?> model, EntityCodec<?> codec, ReferenceLoader references, boolean batched, int batchSize) {
        this.model = model;
        this.codec = codec;
        this.references = references;
        this.batched = batched;
        this.batchSize = batchSize;
    }

    /** Decoded results; {@code projection} null means whole entities. */
    Iterator<Object> read(DocumentCursor cursor, Projection projection) {
        if (projection != null) {
            return map(cursor, projection::read);
        }
        if (!batched) {
            return map(cursor, this::decode);
        }
        return new Iterator<>() {
            private Iterator<Object> batch = List.<Object>of().iterator();

            @Override
            public boolean hasNext() {
                if (batch.hasNext()) {
                    return true;
                }
                if (!cursor.hasNext()) {
                    return false;
                }
                List<BsonDocument> documents = new ArrayList<>(batchSize);
                while (documents.size() < batchSize && cursor.hasNext()) {
                    documents.add(cursor.next());
                }
                batch = decodeBatch(documents).iterator();
                return batch.hasNext();
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
    }

    /** Decodes an already fetched batch (loading its references first when the model has any). */
    List<Object> decodeBatch(List<BsonDocument> documents) {
        if (!batched) {
            List<Object> result = new ArrayList<>(documents.size());
            documents.forEach(document -> result.add(decode(document)));
            return result;
        }
        Map<Class<?>, Map<Object, Object>> loaded = references.load(model, documents);
        return ReferenceScope.with(loaded, () -> {
            List<Object> result = new ArrayList<>(documents.size());
            documents.forEach(document -> result.add(decode(document)));
            return result;
        });
    }

    private Object decode(BsonDocument document) {
        return codec.decode(new BsonDocumentReader(document), DECODE);
    }

    private static Iterator<Object> map(DocumentCursor cursor, java.util.function.Function<BsonDocument, Object> decoder) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Object next() {
                return decoder.apply(cursor.next());
            }
        };
    }
}
