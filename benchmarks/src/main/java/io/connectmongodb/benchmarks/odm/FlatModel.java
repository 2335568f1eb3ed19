package io.connectmongodb.benchmarks.odm;

import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The ODM benchmark's flat model ({@code odm-data/flat_models.tgz}, {@code small_doc.json}): seven
 * string and six int fields plus an {@code ObjectId} id. One plain bean serves every side: the
 * mapper reads its annotations, the official {@code PojoCodecProvider} its getters and setters, and
 * {@link FlatModelCodec} is written by hand for it.
 */
@Entity("odm_flat")
public class FlatModel {
    @Id
    private ObjectId id;
    private String field1;
    private String field2;
    private String field3;
    private String field4;
    private String field5;
    private String field6;
    private String field7;
    private int field8;
    private int field9;
    private int field10;
    private int field11;
    private int field12;
    private int field13;

    public FlatModel() {
    }

    /** A model with the values of the data file's document (no id). */
    public static FlatModel from(Document source) {
        FlatModel model = new FlatModel();
        model.field1 = source.getString("field1");
        model.field2 = source.getString("field2");
        model.field3 = source.getString("field3");
        model.field4 = source.getString("field4");
        model.field5 = source.getString("field5");
        model.field6 = source.getString("field6");
        model.field7 = source.getString("field7");
        model.field8 = source.getInteger("field8");
        model.field9 = source.getInteger("field9");
        model.field10 = source.getInteger("field10");
        model.field11 = source.getInteger("field11");
        model.field12 = source.getInteger("field12");
        model.field13 = source.getInteger("field13");
        return model;
    }

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public String getField1() {
        return field1;
    }

    public void setField1(String field1) {
        this.field1 = field1;
    }

    public String getField2() {
        return field2;
    }

    public void setField2(String field2) {
        this.field2 = field2;
    }

    public String getField3() {
        return field3;
    }

    public void setField3(String field3) {
        this.field3 = field3;
    }

    public String getField4() {
        return field4;
    }

    public void setField4(String field4) {
        this.field4 = field4;
    }

    public String getField5() {
        return field5;
    }

    public void setField5(String field5) {
        this.field5 = field5;
    }

    public String getField6() {
        return field6;
    }

    public void setField6(String field6) {
        this.field6 = field6;
    }

    public String getField7() {
        return field7;
    }

    public void setField7(String field7) {
        this.field7 = field7;
    }

    public int getField8() {
        return field8;
    }

    public void setField8(int field8) {
        this.field8 = field8;
    }

    public int getField9() {
        return field9;
    }

    public void setField9(int field9) {
        this.field9 = field9;
    }

    public int getField10() {
        return field10;
    }

    public void setField10(int field10) {
        this.field10 = field10;
    }

    public int getField11() {
        return field11;
    }

    public void setField11(int field11) {
        this.field11 = field11;
    }

    public int getField12() {
        return field12;
    }

    public void setField12(int field12) {
        this.field12 = field12;
    }

    public int getField13() {
        return field13;
    }

    public void setField13(int field13) {
        this.field13 = field13;
    }
}
