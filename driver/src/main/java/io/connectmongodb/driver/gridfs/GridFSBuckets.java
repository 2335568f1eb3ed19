package io.connectmongodb.driver.gridfs;

import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.internal.gridfs.GridFSBucketImpl;

/** Makes {@link GridFSBucket}s on a database. Nothing is sent until the bucket is used. */
public final class GridFSBuckets {
    /** The bucket name used when none is given. */
    public static final String DEFAULT_BUCKET_NAME = "fs";

    private GridFSBuckets() {
    }

    /** The {@code fs} bucket. */
    public static GridFSBucket create(MongoDatabase database) {
        return create(database, DEFAULT_BUCKET_NAME);
    }

    /** The bucket whose collections are {@code <bucketName>.files} and {@code <bucketName>.chunks}. */
    public static GridFSBucket create(MongoDatabase database, String bucketName) {
        return GridFSBucketImpl.create(database, bucketName);
    }
}
