package uk.org.casereview.api.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.springframework.stereotype.Component;

/** New identifiers: time-ordered UUIDs (version 7), so that indexes on them grow at the end. */
@Component
public class Ids {

    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

    public String next() {
        return generator.generate().toString();
    }
}
