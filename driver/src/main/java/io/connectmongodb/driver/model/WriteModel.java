package io.connectmongodb.driver.model;

/**
 * One request of a {@code bulkWrite}: {@link InsertOneModel}, {@link UpdateOneModel},
 * {@link UpdateManyModel}, {@link ReplaceOneModel}, {@link DeleteOneModel} or {@link DeleteManyModel}.
 */
public abstract sealed class WriteModel<T> permits InsertOneModel, UpdateOneModel, UpdateManyModel, ReplaceOneModel,
        DeleteOneModel, DeleteManyModel {
    WriteModel() {
    }
}
