package io.connectmongodb.driver.model;

/** Options for {@code renameCollection}. */
public final class RenameCollectionOptions {
    private boolean dropTarget;

    /** Drop an existing collection with the target name instead of failing. */
    public RenameCollectionOptions dropTarget(boolean dropTarget) {
        this.dropTarget = dropTarget;
        return this;
    }

    public boolean isDropTarget() {
        return dropTarget;
    }
}
