package io.connectmongodb.mapper;

/**
 * A repository interface cannot be implemented: a method name that does not parse, a property
 * that does not exist, a JDQL query that does not parse, parameters that do not match, an
 * unsupported return type... Thrown when the repository is created; the message names the
 * method and why.
 */
public class RepositoryDefinitionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public RepositoryDefinitionException(String message) {
        super(message);
    }

    public RepositoryDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
