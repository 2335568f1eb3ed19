package io.connectmongodb.benchmarks.odm;

import org.bson.Document;


/**
 * The ODM benchmark's embedded string document ({@code odm-data/nested_models.tgz},
 * {@code large_doc_nested.json}): fifteen string fields. A plain bean for the mapper, the
 * {@code PojoCodecProvider} and {@link NestedModelCodec}.
 */
public class StringEmbedded {
    private String field1;
    private String field2;
    private String field3;
    private String field4;
    private String field5;
    private String field6;
    private String field7;
    private String field8;
    private String field9;
    private String field10;
    private String field11;
    private String field12;
    private String field13;
    private String field14;
    private String field15;

    public StringEmbedded() {
    }

    /** An instance with the values of one embedded document of the data file. */
    public static StringEmbedded from(Document source) {
        StringEmbedded model = new StringEmbedded();
        model.field1 = source.getString("field1");
        model.field2 = source.getString("field2");
        model.field3 = source.getString("field3");
        model.field4 = source.getString("field4");
        model.field5 = source.getString("field5");
        model.field6 = source.getString("field6");
        model.field7 = source.getString("field7");
        model.field8 = source.getString("field8");
        model.field9 = source.getString("field9");
        model.field10 = source.getString("field10");
        model.field11 = source.getString("field11");
        model.field12 = source.getString("field12");
        model.field13 = source.getString("field13");
        model.field14 = source.getString("field14");
        model.field15 = source.getString("field15");
        return model;
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

    public String getField8() {
        return field8;
    }

    public void setField8(String field8) {
        this.field8 = field8;
    }

    public String getField9() {
        return field9;
    }

    public void setField9(String field9) {
        this.field9 = field9;
    }

    public String getField10() {
        return field10;
    }

    public void setField10(String field10) {
        this.field10 = field10;
    }

    public String getField11() {
        return field11;
    }

    public void setField11(String field11) {
        this.field11 = field11;
    }

    public String getField12() {
        return field12;
    }

    public void setField12(String field12) {
        this.field12 = field12;
    }

    public String getField13() {
        return field13;
    }

    public void setField13(String field13) {
        this.field13 = field13;
    }

    public String getField14() {
        return field14;
    }

    public void setField14(String field14) {
        this.field14 = field14;
    }

    public String getField15() {
        return field15;
    }

    public void setField15(String field15) {
        this.field15 = field15;
    }
}
