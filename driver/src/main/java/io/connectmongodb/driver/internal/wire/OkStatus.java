package io.connectmongodb.driver.internal.wire;

/** What a reply body's {@code ok} field says, as found while its bytes were checked. */
public enum OkStatus {
    /** {@code ok} is true or a number equal to 1. */
    OK,
    /** {@code ok} is missing, false, another number or another type. */
    NOT_OK,
    /** {@code ok} has a form only a full decode can judge (decimal128, an odd boolean byte). */
    UNDECIDED
}
