package uk.org.casereview.api.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.consistency.RequestConditions;

/**
 * New identifiers: time-ordered UUIDs (version 7), so that indexes on them grow at the end. A request with an
 * Idempotency-Key gets the same identifier every time it is retried (a name-based UUID of the user and the key), so
 * that a retried creation finds the first one.
 */
@Component
public class Ids {

    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();
    private final RequestConditions conditions;
    private final CurrentUser currentUser;

    public Ids(RequestConditions conditions, CurrentUser currentUser) {
        this.conditions = conditions;
        this.currentUser = currentUser;
    }

    public String next() {
        String key = conditions.idempotencyKey(currentUser.name());
        if (key != null) {
            return Generators.nameBasedGenerator().generate(key).toString();
        }
        return generator.generate().toString();
    }
}
