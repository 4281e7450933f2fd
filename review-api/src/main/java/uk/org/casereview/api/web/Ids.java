package uk.org.casereview.api.web;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.consistency.IdempotencyKeys;
import uk.org.casereview.api.consistency.RequestConditions;
import uk.org.casereview.api.problem.IdempotencyKeyReusedException;

/**
 * New identifiers: time-ordered UUIDs (version 7), so that indexes on them grow at the end. A request with an
 * Idempotency-Key gets the same identifier every time it is retried (a name-based UUID of the user and the key), so
 * that a retried creation finds the first one; a key forgotten after its retention cannot create again.
 */
@Component
public class Ids {

    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();
    private final RequestConditions conditions;
    private final CurrentUser currentUser;
    private final IdempotencyKeys idempotencyKeys;

    public Ids(RequestConditions conditions, CurrentUser currentUser, IdempotencyKeys idempotencyKeys) {
        this.conditions = conditions;
        this.currentUser = currentUser;
        this.idempotencyKeys = idempotencyKeys;
    }

    public String next() {
        String key = conditions.idempotencyKey(currentUser.name());
        if (key != null) {
            String id = Generators.nameBasedGenerator().generate(key).toString();
            // in this order: the aggregate and its key are committed together, so once the aggregate is seen its key is
            // too, unless forgotten (the other order would take a creation committed between the two reads for forgotten)
            if (idempotencyKeys.aggregateExists(id) && !idempotencyKeys.remembered(key)) {
                throw new IdempotencyKeyReusedException("this Idempotency-Key was used to create something before and has since"
                        + " been forgotten: send a new key for a new request");
            }
            return id;
        }
        return generator.generate().toString();
    }
}
