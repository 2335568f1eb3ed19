package io.connectmongodb.benchmarks.odm;

import org.bson.Document;
import org.bson.types.ObjectId;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;

/**
 * One model of the ODM tasks as {@link OdmTasksWorkload} uses it: how to make the i-th instance
 * (carrying a marker value unique in the round), the filter that finds it again, and the change the
 * update makes.
 *
 * @param create the i-th new instance, without id
 * @param filter the filter document that finds the saved instance (it has its id by then)
 * @param change the change made to the found instance before it is written back
 */
record OdmTaskModel<T>(String name, Class<T> type, String collection, IntFunction<T> create,
                       BiFunction<T, Integer, Document> filter, ObjIntConsumer<T> change,
                       Function<T, ObjectId> id, BiConsumer<T, ObjectId> setId) {

    /** Flat: find by {@code field1}, update {@code field8}. */
    static OdmTaskModel<FlatModel> flat(Document source) {
        return new OdmTaskModel<>("flat", FlatModel.class, "odm_flat", i -> {
            FlatModel model = FlatModel.from(source);
            model.setField1("m" + i);
            return model;
        }, (model, i) -> new Document("field1", "m" + i), FlatModel::setField8, FlatModel::getId, FlatModel::setId);
    }

    /**
     * Nested: find by the id and a field of an embedded document (the spec's "find nested field by
     * filter"), update a field of another embedded document.
     */
    static OdmTaskModel<NestedModel> nested(Document source) {
        return new OdmTaskModel<>("nested", NestedModel.class, "odm_nested", i -> {
            NestedModel model = NestedModel.from(source);
            model.getEmbeddedStrDoc1().setField1("m" + i);
            return model;
        }, (model, i) -> new Document("_id", model.getId()).append("embedded_str_doc_1.field1", "m" + i),
                (model, i) -> model.getEmbeddedIntDoc8().setField1(i), NestedModel::getId, NestedModel::setId);
    }
}
