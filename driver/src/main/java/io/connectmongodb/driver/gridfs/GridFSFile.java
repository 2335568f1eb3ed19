package io.connectmongodb.driver.gridfs;

import java.util.Date;
import java.util.Objects;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.types.ObjectId;

/** One document of a bucket's {@code files} collection: a stored file's id, name, size and metadata. */
public final class GridFSFile {
    private final BsonValue id;
    private final String filename;
    private final long length;
    private final int chunkSize;
    private final Date uploadDate;
    private final Document metadata;

    /**
     * @param filename may be {@code null} (legacy files have none)
     * @param metadata may be {@code null}
     */
    public GridFSFile(BsonValue id, String filename, long length, int chunkSize, Date uploadDate, Document metadata) {
        this.id = Objects.requireNonNull(id, "id");
        if (length < 0) {
            throw new IllegalArgumentException("a GridFS file length must not be negative, was " + length);
        }
        this.filename = filename;
        this.length = length;
        this.chunkSize = chunkSize;
        this.uploadDate = uploadDate == null ? null : new Date(uploadDate.getTime());
        this.metadata = metadata;
    }

    public BsonValue getId() {
        return id;
    }

    /** The id as an {@link ObjectId}; fails for files stored with another id type. */
    public ObjectId getObjectId() {
        if (!id.isObjectId()) {
            throw new IllegalStateException("this file's id is a " + id.getBsonType() + ", not an ObjectId; use getId()");
        }
        return id.asObjectId().getValue();
    }

    public String getFilename() {
        return filename;
    }

    public long getLength() {
        return length;
    }

    public int getChunkSize() {
        return chunkSize;
    }

    public Date getUploadDate() {
        return uploadDate == null ? null : new Date(uploadDate.getTime());
    }

    public Document getMetadata() {
        return metadata;
    }

    /** {@code metadata.contentType}, or {@code null}. */
    public String getContentType() {
        Object contentType = metadata == null ? null : metadata.get("contentType");
        return contentType instanceof String ? (String) contentType : null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GridFSFile)) {
            return false;
        }
        GridFSFile other = (GridFSFile) o;
        return length == other.length && chunkSize == other.chunkSize && id.equals(other.id)
                && Objects.equals(filename, other.filename) && Objects.equals(uploadDate, other.uploadDate)
                && Objects.equals(metadata, other.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, filename, length, chunkSize, uploadDate, metadata);
    }

    @Override
    public String toString() {
        return "GridFSFile{id=" + id + ", filename=" + filename + ", length=" + length + ", chunkSize=" + chunkSize
                + ", uploadDate=" + uploadDate + ", metadata=" + metadata + "}";
    }
}
