package io.connectmongodb.driver.model;

import java.util.List;
import org.bson.conversions.Bson;

/** Updates the first document matching a filter, with an operator document or a pipeline. */
public final class UpdateOneModel<T> extends WriteModel<T> {
    private final Bson filter;
    private final Bson update;
    private final List<? extends Bson> updatePipeline;
    private final UpdateOptions options;

    public UpdateOneModel(Bson filter, Bson update) {
        this(filter, update, new UpdateOptions());
    }

    public UpdateOneModel(Bson filter, Bson update, UpdateOptions options) {
        this(filter, requireNonNull("update", update), null, options);
    }

    public UpdateOneModel(Bson filter, List<? extends Bson> updatePipeline) {
        this(filter, updatePipeline, new UpdateOptions());
    }

    public UpdateOneModel(Bson filter, List<? extends Bson> updatePipeline, UpdateOptions options) {
        this(filter, null, requireNonNull("updatePipeline", updatePipeline), options);
    }

    private UpdateOneModel(Bson filter, Bson update, List<? extends Bson> updatePipeline, UpdateOptions options) {
        this.filter = requireNonNull("filter", filter);
        this.update = update;
        this.updatePipeline = updatePipeline;
        this.options = requireNonNull("options", options);
    }

    private static <V> V requireNonNull(String name, V value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    public Bson getFilter() {
        return filter;
    }

    /** The operator document, or {@code null} when a pipeline was given. */
    public Bson getUpdate() {
        return update;
    }

    /** The update pipeline, or {@code null} when an operator document was given. */
    public List<? extends Bson> getUpdatePipeline() {
        return updatePipeline;
    }

    public UpdateOptions getOptions() {
        return options;
    }

    @Override
    public String toString() {
        return "UpdateOneModel{filter=" + filter + ", update=" + (update != null ? update : updatePipeline) + "}";
    }
}
