package io.connectmongodb.driver.changestream;

/** The change stream's {@code fullDocumentBeforeChange} option: whether events carry the pre-image. */
public enum FullDocumentBeforeChange {
    /** The server's default (no pre-image); the option is not sent. */
    DEFAULT("default"),
    OFF("off"),
    WHEN_AVAILABLE("whenAvailable"),
    REQUIRED("required");

    private final String value;

    FullDocumentBeforeChange(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
