package io.connectmongodb.driver.model;

/**
 * Options of a {@code bulkWrite}. Ordered (the default): requests run in order and the first
 * failed request stops the rest. Unordered: every request is attempted and all errors are reported.
 */
public final class BulkWriteOptions {
    private boolean ordered = true;
    private Boolean bypassDocumentValidation;

    public BulkWriteOptions ordered(boolean ordered) {
        this.ordered = ordered;
        return this;
    }

    public BulkWriteOptions bypassDocumentValidation(Boolean bypassDocumentValidation) {
        this.bypassDocumentValidation = bypassDocumentValidation;
        return this;
    }

    public boolean isOrdered() {
        return ordered;
    }

    public Boolean getBypassDocumentValidation() {
        return bypassDocumentValidation;
    }
}
