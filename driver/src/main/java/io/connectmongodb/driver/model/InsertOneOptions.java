package io.connectmongodb.driver.model;

/** Options for {@code insertOne}. */
public final class InsertOneOptions {
    private Boolean bypassDocumentValidation;

    public InsertOneOptions bypassDocumentValidation(Boolean bypassDocumentValidation) {
        this.bypassDocumentValidation = bypassDocumentValidation;
        return this;
    }

    public Boolean getBypassDocumentValidation() {
        return bypassDocumentValidation;
    }
}
