package io.connectmongodb.benchmarks.odm;

import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Field;
import io.connectmongodb.mapper.annotation.Id;
import org.bson.codecs.pojo.annotations.BsonProperty;
import org.bson.types.ObjectId;

/**
 * The main model of the ODM benchmark's "find foreign key by filter" task: a small document that
 * holds the id of a flat model in {@code flat_id} (a plain key, as the data set has no separate
 * foreign-key file), plus two flat-model fields.
 */
@Entity("odm_foreign_key")
public class ForeignKeyModel {
    @Id
    private ObjectId id;
    @Field("flat_id")
    @BsonProperty("flat_id")
    private ObjectId flatId;
    private String field1;
    private int field8;

    public ForeignKeyModel() {
    }

    public ForeignKeyModel(ObjectId flatId, String field1, int field8) {
        this.flatId = flatId;
        this.field1 = field1;
        this.field8 = field8;
    }

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public ObjectId getFlatId() {
        return flatId;
    }

    public void setFlatId(ObjectId flatId) {
        this.flatId = flatId;
    }

    public String getField1() {
        return field1;
    }

    public void setField1(String field1) {
        this.field1 = field1;
    }

    public int getField8() {
        return field8;
    }

    public void setField8(int field8) {
        this.field8 = field8;
    }
}
