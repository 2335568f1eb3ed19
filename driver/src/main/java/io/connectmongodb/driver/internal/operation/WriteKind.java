package io.connectmongodb.driver.internal.operation;

/** The three write commands and the name of the document sequence each one carries its statements in. */
public enum WriteKind {
    INSERT("insert", "documents"),
    UPDATE("update", "updates"),
    DELETE("delete", "deletes");

    private final String commandName;
    private final String sequenceIdentifier;

    WriteKind(String commandName, String sequenceIdentifier) {
        this.commandName = commandName;
        this.sequenceIdentifier = sequenceIdentifier;
    }

    public String commandName() {
        return commandName;
    }

    public String sequenceIdentifier() {
        return sequenceIdentifier;
    }
}
