package uk.org.casereview.api.correction;

/**
 * A request body that records one fact: it becomes the command that records it. A correction's replacement is read
 * as the same request as the one that recorded the fact, and becomes the same command.
 *
 * @see Replacements
 */
public interface FactRequest {

    /** The command this request sends, for the aggregate and (for an action's facts) the action. */
    Object command(String aggregateId, String actionId);
}
