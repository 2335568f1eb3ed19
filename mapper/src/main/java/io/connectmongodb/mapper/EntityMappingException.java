package io.connectmongodb.mapper;

/**
 * A class cannot be mapped: no id, two ids, an unsupported property type, two properties stored
 * under the same field name, no usable constructor, and so on. Thrown when the mapper first sees
 * the class; the message names the class and the property.
 */
public class EntityMappingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public EntityMappingException(String message) {
        super(message);
    }

    public EntityMappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
