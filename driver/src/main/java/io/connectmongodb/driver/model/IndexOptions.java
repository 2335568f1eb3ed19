package io.connectmongodb.driver.model;

import java.util.concurrent.TimeUnit;
import org.bson.conversions.Bson;

/**
 * Options of one index. Unset options are left out of the index specification so the server
 * applies its defaults; without a name, the driver derives one from the keys ({@code a_1_b_-1}).
 */
public final class IndexOptions {
    private String name;
    private boolean unique;
    private boolean sparse;
    private boolean background;
    private boolean hidden;
    private Long expireAfterSeconds;
    private Bson partialFilterExpression;
    private Collation collation;
    private Bson weights;
    private String defaultLanguage;
    private String languageOverride;
    private Integer textVersion;
    private Integer sphereVersion;
    private Integer bits;
    private Double min;
    private Double max;
    private Bson wildcardProjection;
    private Integer version;
    private Bson storageEngine;

    public IndexOptions name(String name) {
        if (name != null && name.isEmpty()) {
            throw new IllegalArgumentException("index name must not be empty");
        }
        this.name = name;
        return this;
    }

    public IndexOptions unique(boolean unique) {
        this.unique = unique;
        return this;
    }

    public IndexOptions sparse(boolean sparse) {
        this.sparse = sparse;
        return this;
    }

    public IndexOptions background(boolean background) {
        this.background = background;
        return this;
    }

    public IndexOptions hidden(boolean hidden) {
        this.hidden = hidden;
        return this;
    }

    /** A TTL index: documents expire this long after the indexed date. */
    public IndexOptions expireAfter(Long duration, TimeUnit unit) {
        if (duration == null) {
            this.expireAfterSeconds = null;
        } else {
            this.expireAfterSeconds = TimeUnit.SECONDS.convert(TimeLimits.toMillis("expireAfter", duration, unit), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    public IndexOptions partialFilterExpression(Bson partialFilterExpression) {
        this.partialFilterExpression = partialFilterExpression;
        return this;
    }

    public IndexOptions collation(Collation collation) {
        this.collation = collation;
        return this;
    }

    public IndexOptions weights(Bson weights) {
        this.weights = weights;
        return this;
    }

    public IndexOptions defaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
        return this;
    }

    public IndexOptions languageOverride(String languageOverride) {
        this.languageOverride = languageOverride;
        return this;
    }

    public IndexOptions textVersion(Integer textVersion) {
        this.textVersion = textVersion;
        return this;
    }

    public IndexOptions sphereVersion(Integer sphereVersion) {
        this.sphereVersion = sphereVersion;
        return this;
    }

    public IndexOptions bits(Integer bits) {
        this.bits = bits;
        return this;
    }

    public IndexOptions min(Double min) {
        this.min = min;
        return this;
    }

    public IndexOptions max(Double max) {
        this.max = max;
        return this;
    }

    public IndexOptions wildcardProjection(Bson wildcardProjection) {
        this.wildcardProjection = wildcardProjection;
        return this;
    }

    public IndexOptions version(Integer version) {
        this.version = version;
        return this;
    }

    public IndexOptions storageEngine(Bson storageEngine) {
        this.storageEngine = storageEngine;
        return this;
    }

    public String getName() {
        return name;
    }

    public boolean isUnique() {
        return unique;
    }

    public boolean isSparse() {
        return sparse;
    }

    public boolean isBackground() {
        return background;
    }

    public boolean isHidden() {
        return hidden;
    }

    public Long getExpireAfter(TimeUnit unit) {
        return expireAfterSeconds == null ? null : unit.convert(expireAfterSeconds, TimeUnit.SECONDS);
    }

    public Bson getPartialFilterExpression() {
        return partialFilterExpression;
    }

    public Collation getCollation() {
        return collation;
    }

    public Bson getWeights() {
        return weights;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public String getLanguageOverride() {
        return languageOverride;
    }

    public Integer getTextVersion() {
        return textVersion;
    }

    public Integer getSphereVersion() {
        return sphereVersion;
    }

    public Integer getBits() {
        return bits;
    }

    public Double getMin() {
        return min;
    }

    public Double getMax() {
        return max;
    }

    public Bson getWildcardProjection() {
        return wildcardProjection;
    }

    public Integer getVersion() {
        return version;
    }

    public Bson getStorageEngine() {
        return storageEngine;
    }
}
