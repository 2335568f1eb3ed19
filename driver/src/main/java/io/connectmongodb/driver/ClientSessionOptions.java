package io.connectmongodb.driver;

/**
 * Options of a {@link ClientSession}: causal consistency (on by default) and the default options
 * of its transactions. Immutable; made with {@link #builder()}.
 */
public final class ClientSessionOptions {
    private final boolean causallyConsistent;
    private final TransactionOptions defaultTransactionOptions;

    private ClientSessionOptions(Builder builder) {
        this.causallyConsistent = builder.causallyConsistent;
        this.defaultTransactionOptions = builder.defaultTransactionOptions;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether each read sees the session's earlier writes and reads ({@code afterClusterTime}). */
    public boolean isCausallyConsistent() {
        return causallyConsistent;
    }

    public TransactionOptions getDefaultTransactionOptions() {
        return defaultTransactionOptions;
    }

    public static final class Builder {
        private boolean causallyConsistent = true;
        private TransactionOptions defaultTransactionOptions = TransactionOptions.builder().build();

        private Builder() {
        }

        public Builder causallyConsistent(boolean causallyConsistent) {
            this.causallyConsistent = causallyConsistent;
            return this;
        }

        public Builder defaultTransactionOptions(TransactionOptions options) {
            if (options == null) {
                throw new IllegalArgumentException("defaultTransactionOptions must not be null");
            }
            this.defaultTransactionOptions = options;
            return this;
        }

        public ClientSessionOptions build() {
            return new ClientSessionOptions(this);
        }
    }
}
