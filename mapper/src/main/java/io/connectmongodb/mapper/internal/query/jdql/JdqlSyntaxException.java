package io.connectmongodb.mapper.internal.query.jdql;

/** JDQL text that does not parse or names something unknown; the repository factory adds the method name. */
public final class JdqlSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public JdqlSyntaxException(String message) {
        super(message);
    }
}
