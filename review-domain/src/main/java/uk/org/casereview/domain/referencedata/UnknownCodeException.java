package uk.org.casereview.domain.referencedata;


import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import java.util.Collection;
import java.util.List;

/** A code (agency, theme, ...) that the reference data does not know; carries the valid ones. */
public class UnknownCodeException extends InvalidCommandException {

    private final List<String> unknown;
    private final List<String> valid;

    public UnknownCodeException(String field, Collection<String> unknown, Collection<String> valid) {
        super(field, "unknown " + field + " " + String.join(", ", unknown) + "; valid codes are " + String.join(", ", valid));
        this.unknown = List.copyOf(unknown);
        this.valid = List.copyOf(valid);
    }

    public List<String> unknown() {
        return unknown;
    }

    public List<String> valid() {
        return valid;
    }
}
