package io.connectmongodb.mapper;

/** A stored document does not fit its entity class (wrong BSON type, number out of range...); names the class and field. */
public class EntityDecodingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EntityDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
