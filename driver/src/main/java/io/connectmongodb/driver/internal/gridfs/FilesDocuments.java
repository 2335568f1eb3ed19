package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.error.GridFSCorruptFileException;
import io.connectmongodb.driver.gridfs.GridFSFile;
import io.connectmongodb.driver.internal.bson.BsonDecoding;
import java.util.Date;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;

/**
 * Converts between {@link GridFSFile} and the {@code files} documents of the GridFS spec:
 * {@code _id}, {@code length}, {@code chunkSize}, {@code uploadDate}, {@code filename} and an
 * optional {@code metadata}. Reading accepts what other drivers and old versions wrote (numbers of
 * any numeric type, no filename); a document without a usable length or chunk size is corrupt.
 */
final class FilesDocuments {
    private static final DocumentCodec METADATA_CODEC = new DocumentCodec();

    private FilesDocuments() {
    }

    static BsonDocument newFilesDocument(BsonValue id, String filename, long length, int chunkSize, long uploadMillis,
                                         BsonDocument metadata) {
        BsonDocument document = new BsonDocument("_id", id)
                .append("length", length <= Integer.MAX_VALUE ? new BsonInt32((int) length) : new BsonInt64(length))
                .append("chunkSize", new BsonInt32(chunkSize))
                .append("uploadDate", new BsonDateTime(uploadMillis))
                .append("filename", new BsonString(filename));
        if (metadata != null) {
            document.append("metadata", metadata);
        }
        return document;
    }

    static GridFSFile toGridFSFile(BsonDocument document) {
        BsonValue id = document.get("_id");
        BsonValue length = document.get("length");
        BsonValue chunkSize = document.get("chunkSize");
        if (id == null || length == null || !length.isNumber() || chunkSize == null || !chunkSize.isNumber()) {
            throw new GridFSCorruptFileException("files document without a numeric length and chunkSize: " + document.toJson());
        }
        long lengthValue = length.asNumber().longValue();
        int chunkSizeValue = chunkSize.asNumber().intValue();
        if (lengthValue < 0 || (lengthValue > 0 && chunkSizeValue <= 0)) {
            throw new GridFSCorruptFileException("files document " + id + " has length " + lengthValue
                    + " and chunkSize " + chunkSizeValue);
        }
        BsonValue filename = document.get("filename");
        BsonValue uploadDate = document.get("uploadDate");
        BsonValue metadata = document.get("metadata");
        return new GridFSFile(id,
                filename != null && filename.isString() ? filename.asString().getValue() : null,
                lengthValue,
                chunkSizeValue,
                uploadDate != null && uploadDate.isDateTime() ? new Date(uploadDate.asDateTime().getValue()) : null,
                metadata != null && metadata.isDocument() ? BsonDecoding.decode(metadata.asDocument(), METADATA_CODEC) : null);
    }

    /** Documents as {@link Document} for callers; kept separate so tests can check the mapping. */
    static Document toDocument(BsonDocument document) {
        return BsonDecoding.decode(document, METADATA_CODEC);
    }
}
