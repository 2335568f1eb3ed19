package io.connectmongodb.driver.gridfs;

import org.bson.Document;

/**
 * Options of one upload: the chunk size (the bucket's when unset), a metadata document, a content
 * type (stored as {@code metadata.contentType}, as the GridFS spec recommends instead of the
 * deprecated top-level field) and a progress listener.
 */
public final class GridFSUploadOptions {
    private Integer chunkSizeBytes;
    private Document metadata;
    private String contentType;
    private GridFSProgressListener progressListener;

    public Integer getChunkSizeBytes() {
        return chunkSizeBytes;
    }

    /** The size of each chunk; must be positive. {@code null} uses the bucket's chunk size. */
    public GridFSUploadOptions chunkSizeBytes(Integer chunkSizeBytes) {
        if (chunkSizeBytes != null && chunkSizeBytes <= 0) {
            throw new IllegalArgumentException("chunkSizeBytes must be positive, was " + chunkSizeBytes);
        }
        this.chunkSizeBytes = chunkSizeBytes;
        return this;
    }

    public Document getMetadata() {
        return metadata;
    }

    /** Stored as the files document's {@code metadata} field. */
    public GridFSUploadOptions metadata(Document metadata) {
        this.metadata = metadata;
        return this;
    }

    public String getContentType() {
        return contentType;
    }

    /** Stored as {@code metadata.contentType}. */
    public GridFSUploadOptions contentType(String contentType) {
        if (contentType != null && contentType.isBlank()) {
            throw new IllegalArgumentException("contentType must not be blank");
        }
        this.contentType = contentType;
        return this;
    }

    public GridFSProgressListener getProgressListener() {
        return progressListener;
    }

    public GridFSUploadOptions progressListener(GridFSProgressListener progressListener) {
        this.progressListener = progressListener;
        return this;
    }
}
