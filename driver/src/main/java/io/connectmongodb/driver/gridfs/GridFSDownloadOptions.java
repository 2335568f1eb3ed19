package io.connectmongodb.driver.gridfs;

/**
 * Options of a download: which revision of a filename to read and a progress listener.
 *
 * <p>Revisions count by upload date: 0 is the original, 1 the first revision after it, and so
 * on; -1 is the newest (the default), -2 the one before it, and so on.
 */
public final class GridFSDownloadOptions {
    private int revision = -1;
    private GridFSProgressListener progressListener;

    public int getRevision() {
        return revision;
    }

    public GridFSDownloadOptions revision(int revision) {
        this.revision = revision;
        return this;
    }

    public GridFSProgressListener getProgressListener() {
        return progressListener;
    }

    public GridFSDownloadOptions progressListener(GridFSProgressListener progressListener) {
        this.progressListener = progressListener;
        return this;
    }
}
