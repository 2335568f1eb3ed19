package io.connectmongodb.benchmarks.odm;

import org.bson.codecs.Codec;
import org.bson.types.ObjectId;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One model of the ODM benchmark as the codec workload sees it: its name in the report, a sample
 * instance, its hand-written codec (the ceiling), and the id and one int value that the workload
 * checks after every round trip.
 */
record OdmModel<T>(String name, Class<T> type, T sample, Codec<T> handWritten, Function<T, ObjectId> id,
                   BiConsumer<T, ObjectId> setId, ToIntFunction<T> checkedValue) {

    static OdmModel<FlatModel> flat(FlatModel sample) {
        return new OdmModel<>("flat", FlatModel.class, sample, new FlatModelCodec(), FlatModel::getId, FlatModel::setId,
                FlatModel::getField8);
    }

    static OdmModel<NestedModel> nested(NestedModel sample) {
        return new OdmModel<>("nested", NestedModel.class, sample, new NestedModelCodec(), NestedModel::getId,
                NestedModel::setId, model -> model.getEmbeddedIntDoc8().getField1());
    }
}
