package uk.org.casereview.api.problem;

/** Looks through an exception's chain of causes. */
public final class Causes {

    private Causes() {
    }

    /** The exception itself or its nearest cause of the type, or null when there is none. */
    public static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
