package io.connectmongodb.driver.internal.bson;

import java.util.List;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonElement;
import org.bson.BsonReader;
import org.bson.FieldNameValidator;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BsonOutput;

/**
 * A binary writer whose field name validator sees every name, including those of piped documents.
 *
 * <p>{@link BsonBinaryWriter#pipe} copies a binary reader's bytes wholesale (that is how a
 * {@code RawBsonDocument}, alone or nested in a caller's document, gets encoded), which skips the
 * validator. Here a piped document is read into a tree and written field by field instead, so its
 * names are checked like any other; this costs a tree only for piped documents.
 */
final class NameCheckingBinaryWriter extends BsonBinaryWriter {
    private static final BsonDocumentCodec CODEC = new BsonDocumentCodec();
    private static final DecoderContext DECODE = DecoderContext.builder().build();
    private static final EncoderContext ENCODE = EncoderContext.builder().build();

    NameCheckingBinaryWriter(BsonOutput output, FieldNameValidator validator) {
        super(output, validator);
    }

    @Override
    public void pipe(BsonReader reader) {
        CODEC.encode(this, CODEC.decode(reader, DECODE), ENCODE);
    }

    @Override
    public void pipe(BsonReader reader, List<BsonElement> extraElements) {
        BsonDocument document = CODEC.decode(reader, DECODE);
        for (BsonElement element : extraElements) {
            document.append(element.getName(), element.getValue());
        }
        CODEC.encode(this, document, ENCODE);
    }
}
