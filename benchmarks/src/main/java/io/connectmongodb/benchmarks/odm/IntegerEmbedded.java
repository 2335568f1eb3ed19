package io.connectmongodb.benchmarks.odm;

import org.bson.Document;


/**
 * The ODM benchmark's embedded int document ({@code odm-data/nested_models.tgz},
 * {@code large_doc_nested.json}): fifteen int fields. A plain bean for the mapper, the
 * {@code PojoCodecProvider} and {@link NestedModelCodec}.
 */
public class IntegerEmbedded {
    private int field1;
    private int field2;
    private int field3;
    private int field4;
    private int field5;
    private int field6;
    private int field7;
    private int field8;
    private int field9;
    private int field10;
    private int field11;
    private int field12;
    private int field13;
    private int field14;
    private int field15;

    public IntegerEmbedded() {
    }

    /** An instance with the values of one embedded document of the data file. */
    public static IntegerEmbedded from(Document source) {
        IntegerEmbedded model = new IntegerEmbedded();
        model.field1 = source.getInteger("field1");
        model.field2 = source.getInteger("field2");
        model.field3 = source.getInteger("field3");
        model.field4 = source.getInteger("field4");
        model.field5 = source.getInteger("field5");
        model.field6 = source.getInteger("field6");
        model.field7 = source.getInteger("field7");
        model.field8 = source.getInteger("field8");
        model.field9 = source.getInteger("field9");
        model.field10 = source.getInteger("field10");
        model.field11 = source.getInteger("field11");
        model.field12 = source.getInteger("field12");
        model.field13 = source.getInteger("field13");
        model.field14 = source.getInteger("field14");
        model.field15 = source.getInteger("field15");
        return model;
    }

    public int getField1() {
        return field1;
    }

    public void setField1(int field1) {
        this.field1 = field1;
    }

    public int getField2() {
        return field2;
    }

    public void setField2(int field2) {
        this.field2 = field2;
    }

    public int getField3() {
        return field3;
    }

    public void setField3(int field3) {
        this.field3 = field3;
    }

    public int getField4() {
        return field4;
    }

    public void setField4(int field4) {
        this.field4 = field4;
    }

    public int getField5() {
        return field5;
    }

    public void setField5(int field5) {
        this.field5 = field5;
    }

    public int getField6() {
        return field6;
    }

    public void setField6(int field6) {
        this.field6 = field6;
    }

    public int getField7() {
        return field7;
    }

    public void setField7(int field7) {
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

    public int getField14() {
        return field14;
    }

    public void setField14(int field14) {
        this.field14 = field14;
    }

    public int getField15() {
        return field15;
    }

    public void setField15(int field15) {
        this.field15 = field15;
    }
}
