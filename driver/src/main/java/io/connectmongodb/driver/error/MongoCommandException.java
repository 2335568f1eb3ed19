package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * A command failed on the server ({@code ok: 0}). Carries the code, the code name, the error
 * labels and the whole reply.
 */
public class MongoCommandException extends MongoServerException {
    private static final long serialVersionUID = 1L;

    private final transient BsonDocument response;

    public MongoCommandException(BsonDocument response, ServerAddress serverAddress) {
        super(codeOf(response), messageOf(response, serverAddress), serverAddress);
        this.response = response;
        BsonValue labels = response.get("errorLabels");
        if (labels instanceof BsonArray) {
            for (BsonValue label : (BsonArray) labels) {
                if (label.isString()) {
                    addErrorLabel(label.asString().getValue());
                }
            }
        }
    }

    /** The server's name for the code, such as {@code DuplicateKey}, or an empty string. */
    public String codeName() {
        BsonValue name = response.get("codeName");
        return name != null && name.isString() ? name.asString().getValue() : "";
    }

    /** The server's error message ({@code errmsg}), or an empty string. */
    public String errorMessage() {
        BsonValue msg = response.get("errmsg");
        return msg != null && msg.isString() ? msg.asString().getValue() : "";
    }

    /** The whole reply the server sent. */
    public BsonDocument response() {
        return response;
    }

    private static int codeOf(BsonDocument response) {
        BsonValue code = response.get("code");
        return code != null && code.isNumber() ? code.asNumber().intValue() : -1;
    }

    private static String messageOf(BsonDocument response, ServerAddress address) {
        BsonValue msg = response.get("errmsg");
        BsonValue name = response.get("codeName");
        return "Command failed on " + address + " with error " + codeOf(response)
                + (name != null && name.isString() ? " (" + name.asString().getValue() + ")" : "")
                + ": '" + (msg != null && msg.isString() ? msg.asString().getValue() : "") + "'";
    }
}
