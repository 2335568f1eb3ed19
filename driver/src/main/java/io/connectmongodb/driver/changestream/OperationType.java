package io.connectmongodb.driver.changestream;

/** The kind of change an event reports ({@code operationType}). */
public enum OperationType {
    INSERT("insert"),
    UPDATE("update"),
    REPLACE("replace"),
    DELETE("delete"),
    DROP("drop"),
    RENAME("rename"),
    DROP_DATABASE("dropDatabase"),
    /** The stream cannot continue (its collection was dropped or renamed); resume with startAfter. */
    INVALIDATE("invalidate"),
    /** A kind this driver does not know yet; {@link ChangeStreamEvent#getOperationTypeName()} has its name. */
    OTHER("");

    private final String value;

    OperationType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The type with this server name, or {@link #OTHER}. */
    public static OperationType fromValue(String value) {
        for (OperationType type : values()) {
            if (type != OTHER && type.value.equals(value)) {
                return type;
            }
        }
        return OTHER;
    }
}
