package io.connectmongodb.driver.model;

import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * Language-specific string comparison rules (the server's {@code collation} document). Every field
 * is optional; unset fields are left out of the document so the server applies its defaults.
 * Immutable; made with {@link #builder()}.
 */
public final class Collation {

    /** Whether upper or lower case sorts first. */
    public enum CaseFirst {
        UPPER("upper"), LOWER("lower"), OFF("off");

        private final String value;

        CaseFirst(String value) {
            this.value = value;
        }

        public String getValue() {
            return value;
        }
    }

    /** The ICU comparison level. */
    public enum Strength {
        PRIMARY(1), SECONDARY(2), TERTIARY(3), QUATERNARY(4), IDENTICAL(5);

        private final int value;

        Strength(int value) {
            this.value = value;
        }

        public int getValue() {
            return value;
        }
    }

    /** Whether whitespace and punctuation are considered base characters. */
    public enum Alternate {
        NON_IGNORABLE("non-ignorable"), SHIFTED("shifted");

        private final String value;

        Alternate(String value) {
            this.value = value;
        }

        public String getValue() {
            return value;
        }
    }

    /** Which characters are ignorable when {@link Alternate#SHIFTED} is used. */
    public enum MaxVariable {
        PUNCT("punct"), SPACE("space");

        private final String value;

        MaxVariable(String value) {
            this.value = value;
        }

        public String getValue() {
            return value;
        }
    }

    private final String locale;
    private final Boolean caseLevel;
    private final CaseFirst caseFirst;
    private final Strength strength;
    private final Boolean numericOrdering;
    private final Alternate alternate;
    private final MaxVariable maxVariable;
    private final Boolean normalization;
    private final Boolean backwards;

    private Collation(Builder b) {
        this.locale = b.locale;
        this.caseLevel = b.caseLevel;
        this.caseFirst = b.caseFirst;
        this.strength = b.strength;
        this.numericOrdering = b.numericOrdering;
        this.alternate = b.alternate;
        this.maxVariable = b.maxVariable;
        this.normalization = b.normalization;
        this.backwards = b.backwards;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getLocale() {
        return locale;
    }

    public Boolean getCaseLevel() {
        return caseLevel;
    }

    public CaseFirst getCaseFirst() {
        return caseFirst;
    }

    public Strength getStrength() {
        return strength;
    }

    public Boolean getNumericOrdering() {
        return numericOrdering;
    }

    public Alternate getAlternate() {
        return alternate;
    }

    public MaxVariable getMaxVariable() {
        return maxVariable;
    }

    public Boolean getNormalization() {
        return normalization;
    }

    public Boolean getBackwards() {
        return backwards;
    }

    /** The {@code collation} document, with only the fields that were set. */
    public BsonDocument asDocument() {
        BsonDocument doc = new BsonDocument();
        if (locale != null) {
            doc.append("locale", new BsonString(locale));
        }
        if (caseLevel != null) {
            doc.append("caseLevel", BsonBoolean.valueOf(caseLevel));
        }
        if (caseFirst != null) {
            doc.append("caseFirst", new BsonString(caseFirst.getValue()));
        }
        if (strength != null) {
            doc.append("strength", new BsonInt32(strength.getValue()));
        }
        if (numericOrdering != null) {
            doc.append("numericOrdering", BsonBoolean.valueOf(numericOrdering));
        }
        if (alternate != null) {
            doc.append("alternate", new BsonString(alternate.getValue()));
        }
        if (maxVariable != null) {
            doc.append("maxVariable", new BsonString(maxVariable.getValue()));
        }
        if (normalization != null) {
            doc.append("normalization", BsonBoolean.valueOf(normalization));
        }
        if (backwards != null) {
            doc.append("backwards", BsonBoolean.valueOf(backwards));
        }
        return doc;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Collation && asDocument().equals(((Collation) o).asDocument());
    }

    @Override
    public int hashCode() {
        return asDocument().hashCode();
    }

    @Override
    public String toString() {
        return "Collation" + asDocument().toJson();
    }

    /** Collects the collation fields; unset ones stay out of the document. */
    public static final class Builder {
        private String locale;
        private Boolean caseLevel;
        private CaseFirst caseFirst;
        private Strength strength;
        private Boolean numericOrdering;
        private Alternate alternate;
        private MaxVariable maxVariable;
        private Boolean normalization;
        private Boolean backwards;

        private Builder() {
        }

        /** The ICU locale, such as {@code en_US} or {@code simple}. */
        public Builder locale(String locale) {
            if (locale != null && locale.isEmpty()) {
                throw new IllegalArgumentException("collation locale must not be empty");
            }
            this.locale = locale;
            return this;
        }

        public Builder caseLevel(Boolean caseLevel) {
            this.caseLevel = caseLevel;
            return this;
        }

        public Builder caseFirst(CaseFirst caseFirst) {
            this.caseFirst = caseFirst;
            return this;
        }

        public Builder strength(Strength strength) {
            this.strength = strength;
            return this;
        }

        public Builder numericOrdering(Boolean numericOrdering) {
            this.numericOrdering = numericOrdering;
            return this;
        }

        public Builder alternate(Alternate alternate) {
            this.alternate = alternate;
            return this;
        }

        public Builder maxVariable(MaxVariable maxVariable) {
            this.maxVariable = maxVariable;
            return this;
        }

        public Builder normalization(Boolean normalization) {
            this.normalization = normalization;
            return this;
        }

        public Builder backwards(Boolean backwards) {
            this.backwards = backwards;
            return this;
        }

        public Collation build() {
            return new Collation(this);
        }
    }
}
