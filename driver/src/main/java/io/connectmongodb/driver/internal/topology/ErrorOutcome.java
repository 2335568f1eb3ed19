package io.connectmongodb.driver.internal.topology;

/**
 * What handling an application error decided.
 *
 * @param update        the topology change (unchanged when the error was ignored)
 * @param clearPool     clear the server's pool (for the error's serviceId when load balanced)
 * @param requestCheck  check the server immediately
 * @param cancelCheck   interrupt a check of the server that is in progress
 */
public record ErrorOutcome(TopologyUpdate update, boolean clearPool, boolean requestCheck, boolean cancelCheck) {
    static ErrorOutcome ignored(TopologyUpdate unchanged) {
        return new ErrorOutcome(unchanged, false, false, false);
    }
}
