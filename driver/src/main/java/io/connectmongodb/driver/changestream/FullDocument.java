package io.connectmongodb.driver.changestream;

/** The change stream's {@code fullDocument} option: what update events carry as {@code fullDocument}. */
public enum FullDocument {
    /** The server's default: inserts and replaces carry the document, updates do not. */
    DEFAULT("default"),
    /** Updates carry the current version of the document, looked up when the event is read. */
    UPDATE_LOOKUP("updateLookup"),
    /** The post-image when the collection records them, otherwise none. */
    WHEN_AVAILABLE("whenAvailable"),
    /** The post-image; the stream fails when it is not available. */
    REQUIRED("required");

    private final String value;

    FullDocument(String value) {
        this.value = value;
    }

    /** The value sent to the server. */
    public String value() {
        return value;
    }
}
