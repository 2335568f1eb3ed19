package io.connectmongodb.driver;

/**
 * Options of one transaction; each unset field falls back to the session's default transaction
 * options, then to the client's settings. Immutable; made with {@link #builder()}.
 */
public final class TransactionOptions {
    private final ReadConcern readConcern;
    private final WriteConcern writeConcern;
    private final ReadPreference readPreference;
    private final Long maxCommitTimeMS;

    private TransactionOptions(Builder builder) {
        this.readConcern = builder.readConcern;
        this.writeConcern = builder.writeConcern;
        this.readPreference = builder.readPreference;
        this.maxCommitTimeMS = builder.maxCommitTimeMS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The options of {@code primary}, with each unset field taken from {@code fallback}. */
    public static TransactionOptions merge(TransactionOptions primary, TransactionOptions fallback) {
        return builder()
                .readConcern(primary.readConcern != null ? primary.readConcern : fallback.readConcern)
                .writeConcern(primary.writeConcern != null ? primary.writeConcern : fallback.writeConcern)
                .readPreference(primary.readPreference != null ? primary.readPreference : fallback.readPreference)
                .maxCommitTimeMS(primary.maxCommitTimeMS != null ? primary.maxCommitTimeMS : fallback.maxCommitTimeMS)
                .build();
    }

    /** The read concern of the transaction (sent on its first command), or {@code null} to inherit. */
    public ReadConcern getReadConcern() {
        return readConcern;
    }

    /** The write concern of commitTransaction and abortTransaction, or {@code null} to inherit. */
    public WriteConcern getWriteConcern() {
        return writeConcern;
    }

    /** Where the transaction's reads go (must be primary on a replica set), or {@code null} to inherit. */
    public ReadPreference getReadPreference() {
        return readPreference;
    }

    /** {@code maxTimeMS} of commitTransaction, or {@code null}. */
    public Long getMaxCommitTimeMS() {
        return maxCommitTimeMS;
    }

    @Override
    public String toString() {
        return "TransactionOptions{readConcern=" + readConcern + ", writeConcern=" + writeConcern + ", readPreference="
                + readPreference + ", maxCommitTimeMS=" + maxCommitTimeMS + "}";
    }

    public static final class Builder {
        private ReadConcern readConcern;
        private WriteConcern writeConcern;
        private ReadPreference readPreference;
        private Long maxCommitTimeMS;

        private Builder() {
        }

        public Builder readConcern(ReadConcern readConcern) {
            this.readConcern = readConcern;
            return this;
        }

        /** @throws IllegalArgumentException for an unacknowledged write concern, which a transaction cannot use */
        public Builder writeConcern(WriteConcern writeConcern) {
            if (writeConcern != null && !writeConcern.isAcknowledged()) {
                throw new IllegalArgumentException("a transaction cannot use an unacknowledged write concern");
            }
            this.writeConcern = writeConcern;
            return this;
        }

        public Builder readPreference(ReadPreference readPreference) {
            this.readPreference = readPreference;
            return this;
        }

        public Builder maxCommitTimeMS(Long maxCommitTimeMS) {
            if (maxCommitTimeMS != null && maxCommitTimeMS < 0) {
                throw new IllegalArgumentException("maxCommitTimeMS must not be negative, was " + maxCommitTimeMS);
            }
            this.maxCommitTimeMS = maxCommitTimeMS;
            return this;
        }

        public TransactionOptions build() {
            return new TransactionOptions(this);
        }
    }
}
