package io.connectmongodb.driver.model;

/**
 * Options for {@code insertMany}. Ordered inserts (the default) stop at the first failing document;
 * unordered inserts try every document and report all failures together.
 */
public final class InsertManyOptions {
    private boolean ordered = true;
    private Boolean bypassDocumentValidation;

    public InsertManyOptions ordered(boolean ordered) {
        this.ordered = ordered;
        return this;
    }

    public InsertManyOptions bypassDocumentValidation(Boolean bypassDocumentValidation) {
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
