package io.connectmongodb.driver.gridfs;

/**
 * Told how far an upload or a download has come, for progress bars. Called on the thread doing
 * the transfer, after each chunk and once at the end, with {@code bytesDone} never decreasing.
 */
@FunctionalInterface
public interface GridFSProgressListener {

    /**
     * @param bytesDone  bytes transferred so far
     * @param totalBytes the file's length, or -1 when it is not known yet (an upload from a stream)
     */
    void onProgress(long bytesDone, long totalBytes);
}
