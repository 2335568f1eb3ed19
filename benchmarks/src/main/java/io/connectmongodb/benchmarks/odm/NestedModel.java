package io.connectmongodb.benchmarks.odm;

import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Field;
import io.connectmongodb.mapper.annotation.Id;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonProperty;
import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.List;

/**
 * The ODM benchmark's nested model ({@code odm-data/nested_models.tgz}, {@code large_doc_nested.json}):
 * five embedded string documents, a list of two of them and seven embedded int documents, plus an
 * {@code ObjectId} id. The document's field names ({@code embedded_str_doc_1}, ...) are mapped by
 * {@code @Field} for the mapper and {@code @BsonProperty} for the {@code PojoCodecProvider}.
 */
@Entity("odm_nested")
public class NestedModel {
    @Id
    private ObjectId id;
    @Field("embedded_str_doc_1")
    @BsonProperty("embedded_str_doc_1")
    private StringEmbedded embeddedStrDoc1;
    @Field("embedded_str_doc_2")
    @BsonProperty("embedded_str_doc_2")
    private StringEmbedded embeddedStrDoc2;
    @Field("embedded_str_doc_3")
    @BsonProperty("embedded_str_doc_3")
    private StringEmbedded embeddedStrDoc3;
    @Field("embedded_str_doc_4")
    @BsonProperty("embedded_str_doc_4")
    private StringEmbedded embeddedStrDoc4;
    @Field("embedded_str_doc_5")
    @BsonProperty("embedded_str_doc_5")
    private StringEmbedded embeddedStrDoc5;
    @Field("embedded_str_doc_array")
    @BsonProperty("embedded_str_doc_array")
    private List<StringEmbedded> embeddedStrDocArray;
    @Field("embedded_int_doc_8")
    @BsonProperty("embedded_int_doc_8")
    private IntegerEmbedded embeddedIntDoc8;
    @Field("embedded_int_doc_9")
    @BsonProperty("embedded_int_doc_9")
    private IntegerEmbedded embeddedIntDoc9;
    @Field("embedded_int_doc_10")
    @BsonProperty("embedded_int_doc_10")
    private IntegerEmbedded embeddedIntDoc10;
    @Field("embedded_int_doc_11")
    @BsonProperty("embedded_int_doc_11")
    private IntegerEmbedded embeddedIntDoc11;
    @Field("embedded_int_doc_12")
    @BsonProperty("embedded_int_doc_12")
    private IntegerEmbedded embeddedIntDoc12;
    @Field("embedded_int_doc_13")
    @BsonProperty("embedded_int_doc_13")
    private IntegerEmbedded embeddedIntDoc13;
    @Field("embedded_int_doc_14")
    @BsonProperty("embedded_int_doc_14")
    private IntegerEmbedded embeddedIntDoc14;

    public NestedModel() {
    }

    /** A model with the values of the data file's document (no id). */
    public static NestedModel from(Document source) {
        NestedModel model = new NestedModel();
        model.embeddedStrDoc1 = StringEmbedded.from(source.get("embedded_str_doc_1", Document.class));
        model.embeddedStrDoc2 = StringEmbedded.from(source.get("embedded_str_doc_2", Document.class));
        model.embeddedStrDoc3 = StringEmbedded.from(source.get("embedded_str_doc_3", Document.class));
        model.embeddedStrDoc4 = StringEmbedded.from(source.get("embedded_str_doc_4", Document.class));
        model.embeddedStrDoc5 = StringEmbedded.from(source.get("embedded_str_doc_5", Document.class));
        model.embeddedStrDocArray = new ArrayList<>();
        for (Document element : source.getList("embedded_str_doc_array", Document.class)) {
            model.embeddedStrDocArray.add(StringEmbedded.from(element));
        }
        model.embeddedIntDoc8 = IntegerEmbedded.from(source.get("embedded_int_doc_8", Document.class));
        model.embeddedIntDoc9 = IntegerEmbedded.from(source.get("embedded_int_doc_9", Document.class));
        model.embeddedIntDoc10 = IntegerEmbedded.from(source.get("embedded_int_doc_10", Document.class));
        model.embeddedIntDoc11 = IntegerEmbedded.from(source.get("embedded_int_doc_11", Document.class));
        model.embeddedIntDoc12 = IntegerEmbedded.from(source.get("embedded_int_doc_12", Document.class));
        model.embeddedIntDoc13 = IntegerEmbedded.from(source.get("embedded_int_doc_13", Document.class));
        model.embeddedIntDoc14 = IntegerEmbedded.from(source.get("embedded_int_doc_14", Document.class));
        return model;
    }

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public StringEmbedded getEmbeddedStrDoc1() {
        return embeddedStrDoc1;
    }

    public void setEmbeddedStrDoc1(StringEmbedded embeddedStrDoc1) {
        this.embeddedStrDoc1 = embeddedStrDoc1;
    }

    public StringEmbedded getEmbeddedStrDoc2() {
        return embeddedStrDoc2;
    }

    public void setEmbeddedStrDoc2(StringEmbedded embeddedStrDoc2) {
        this.embeddedStrDoc2 = embeddedStrDoc2;
    }

    public StringEmbedded getEmbeddedStrDoc3() {
        return embeddedStrDoc3;
    }

    public void setEmbeddedStrDoc3(StringEmbedded embeddedStrDoc3) {
        this.embeddedStrDoc3 = embeddedStrDoc3;
    }

    public StringEmbedded getEmbeddedStrDoc4() {
        return embeddedStrDoc4;
    }

    public void setEmbeddedStrDoc4(StringEmbedded embeddedStrDoc4) {
        this.embeddedStrDoc4 = embeddedStrDoc4;
    }

    public StringEmbedded getEmbeddedStrDoc5() {
        return embeddedStrDoc5;
    }

    public void setEmbeddedStrDoc5(StringEmbedded embeddedStrDoc5) {
        this.embeddedStrDoc5 = embeddedStrDoc5;
    }

    public List<StringEmbedded> getEmbeddedStrDocArray() {
        return embeddedStrDocArray;
    }

    public void setEmbeddedStrDocArray(List<StringEmbedded> embeddedStrDocArray) {
        this.embeddedStrDocArray = embeddedStrDocArray;
    }

    public IntegerEmbedded getEmbeddedIntDoc8() {
        return embeddedIntDoc8;
    }

    public void setEmbeddedIntDoc8(IntegerEmbedded embeddedIntDoc8) {
        this.embeddedIntDoc8 = embeddedIntDoc8;
    }

    public IntegerEmbedded getEmbeddedIntDoc9() {
        return embeddedIntDoc9;
    }

    public void setEmbeddedIntDoc9(IntegerEmbedded embeddedIntDoc9) {
        this.embeddedIntDoc9 = embeddedIntDoc9;
    }

    public IntegerEmbedded getEmbeddedIntDoc10() {
        return embeddedIntDoc10;
    }

    public void setEmbeddedIntDoc10(IntegerEmbedded embeddedIntDoc10) {
        this.embeddedIntDoc10 = embeddedIntDoc10;
    }

    public IntegerEmbedded getEmbeddedIntDoc11() {
        return embeddedIntDoc11;
    }

    public void setEmbeddedIntDoc11(IntegerEmbedded embeddedIntDoc11) {
        this.embeddedIntDoc11 = embeddedIntDoc11;
    }

    public IntegerEmbedded getEmbeddedIntDoc12() {
        return embeddedIntDoc12;
    }

    public void setEmbeddedIntDoc12(IntegerEmbedded embeddedIntDoc12) {
        this.embeddedIntDoc12 = embeddedIntDoc12;
    }

    public IntegerEmbedded getEmbeddedIntDoc13() {
        return embeddedIntDoc13;
    }

    public void setEmbeddedIntDoc13(IntegerEmbedded embeddedIntDoc13) {
        this.embeddedIntDoc13 = embeddedIntDoc13;
    }

    public IntegerEmbedded getEmbeddedIntDoc14() {
        return embeddedIntDoc14;
    }

    public void setEmbeddedIntDoc14(IntegerEmbedded embeddedIntDoc14) {
        this.embeddedIntDoc14 = embeddedIntDoc14;
    }
}
