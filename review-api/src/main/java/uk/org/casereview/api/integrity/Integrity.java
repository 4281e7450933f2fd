package uk.org.casereview.api.integrity;

/**
 * The answer of a verification of the chain: how many links it has, the last one (null while the event store is
 * empty), and the first event whose link does not match what is recorded (null when every link matches).
 */
public record Integrity(long length, String head, BrokenLink firstBrokenLink) {

    /**
     * The first event whose link does not match: changed, deleted (its link is still there), added without a link, or
     * chained out of order. The aggregate and sequence are null for an event after the last link (the head row no
     * longer matches the links).
     */
    public record BrokenLink(long globalIndex, String aggregateId, Long sequence) {
    }

    public boolean intact() {
        return firstBrokenLink == null;
    }
}
