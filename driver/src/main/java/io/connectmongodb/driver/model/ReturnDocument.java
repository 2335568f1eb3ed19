package io.connectmongodb.driver.model;

/** Which version of the document a find-one-and-modify operation returns. */
public enum ReturnDocument {
    /** The document as it was before the change (the server's {@code new: false}). */
    BEFORE,
    /** The document as it is after the change (the server's {@code new: true}). */
    AFTER
}
