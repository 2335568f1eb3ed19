package io.connectmongodb.driver.model;

import org.bson.conversions.Bson;

/** Options for {@code createCollection}: capped size limits, a validator, a default collation, a TTL. */
public final class CreateCollectionOptions {
    private boolean capped;
    private long sizeInBytes;
    private long maxDocuments;
    private Bson validator;
    private String validationLevel;
    private String validationAction;
    private Collation collation;
    private Long expireAfterSeconds;

    /** A capped collection; {@link #sizeInBytes(long)} must then be positive. */
    public CreateCollectionOptions capped(boolean capped) {
        this.capped = capped;
        return this;
    }

    public CreateCollectionOptions sizeInBytes(long sizeInBytes) {
        if (sizeInBytes < 0) {
            throw new IllegalArgumentException("sizeInBytes must not be negative, was " + sizeInBytes);
        }
        this.sizeInBytes = sizeInBytes;
        return this;
    }

    public CreateCollectionOptions maxDocuments(long maxDocuments) {
        if (maxDocuments < 0) {
            throw new IllegalArgumentException("maxDocuments must not be negative, was " + maxDocuments);
        }
        this.maxDocuments = maxDocuments;
        return this;
    }

    /** A query-style document every inserted or updated document must match. */
    public CreateCollectionOptions validator(Bson validator) {
        this.validator = validator;
        return this;
    }

    /** {@code off}, {@code strict} or {@code moderate}. */
    public CreateCollectionOptions validationLevel(String validationLevel) {
        if (validationLevel != null && !validationLevel.matches("off|strict|moderate")) {
            throw new IllegalArgumentException("validationLevel must be off, strict or moderate, was '" + validationLevel + "'");
        }
        this.validationLevel = validationLevel;
        return this;
    }

    /** {@code error} or {@code warn}. */
    public CreateCollectionOptions validationAction(String validationAction) {
        if (validationAction != null && !validationAction.matches("error|warn")) {
            throw new IllegalArgumentException("validationAction must be error or warn, was '" + validationAction + "'");
        }
        this.validationAction = validationAction;
        return this;
    }

    public CreateCollectionOptions collation(Collation collation) {
        this.collation = collation;
        return this;
    }

    /** Time to live for the documents of a time series collection. */
    public CreateCollectionOptions expireAfterSeconds(Long expireAfterSeconds) {
        if (expireAfterSeconds != null && expireAfterSeconds < 0) {
            throw new IllegalArgumentException("expireAfterSeconds must not be negative, was " + expireAfterSeconds);
        }
        this.expireAfterSeconds = expireAfterSeconds;
        return this;
    }

    public boolean isCapped() {
        return capped;
    }

    public long getSizeInBytes() {
        return sizeInBytes;
    }

    public long getMaxDocuments() {
        return maxDocuments;
    }

    public Bson getValidator() {
        return validator;
    }

    public String getValidationLevel() {
        return validationLevel;
    }

    public String getValidationAction() {
        return validationAction;
    }

    public Collation getCollation() {
        return collation;
    }

    public Long getExpireAfterSeconds() {
        return expireAfterSeconds;
    }
}
