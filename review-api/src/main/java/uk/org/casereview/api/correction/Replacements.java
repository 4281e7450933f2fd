package uk.org.casereview.api.correction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.problem.ResourceNotFoundException;
import uk.org.casereview.domain.history.Correction;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.Recorded;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a correction's replacement into the command that would have recorded the fact rightly: the fact with the
 * sequence is looked up in the aggregate's history, and the replacement is read, strictly and validated, as the request
 * that records that kind of fact.
 */
@Component
public class Replacements {

    private final ObjectMapper json;
    private final Validator validator;

    public Replacements(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * The replacement command, or null to strike the fact out (or when the fact is itself a correction, which the domain
     * refuses with its reason).
     *
     * @param requests the request that records each kind of fact of the aggregate, by event type
     */
    public Object command(History<?> history, String aggregateId, CorrectionRequest correction,
                          Map<Class<?>, Class<? extends FactRequest>> requests) {
        Recorded<?> original = history.entries().stream().filter(r -> r.seq() == correction.sequence()).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("there is no fact " + correction.sequence() + " in " + aggregateId));
        if (correction.replacement() == null) {
            throw new InvalidCommandException("replacement", "replacement is required: the fields of the fact as they should have been,"
                    + " or null to strike the fact out");
        }
        if (correction.replacement().isNull() || original.event() instanceof Correction<?>) {
            return null;
        }
        Class<? extends FactRequest> type = requests.get(original.event().getClass());
        if (type == null) {
            throw new IllegalStateException("no request records a " + original.event().getClass().getSimpleName());
        }
        FactRequest request = read(correction.replacement(), type);
        return request.command(aggregateId, actionId(original.event()));
    }

    private FactRequest read(JsonNode replacement, Class<? extends FactRequest> type) {
        if (!replacement.isObject()) {
            throw new InvalidCommandException("replacement", "replacement must be an object with the fields of the request that recorded the fact");
        }
        FactRequest request;
        try {
            request = json.treeToValue(replacement, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(java.util.Objects::nonNull).collect(Collectors.joining("."));
            throw new InvalidCommandException("replacement." + field, "replacement" + (field.isEmpty() ? "" : "." + field) + ": "
                    + e.getOriginalMessage().replaceAll(" \\(class [^)]*\\)", "").replaceAll("\\s+at \\[.*", ""));
        } catch (JsonProcessingException e) {
            throw new InvalidCommandException("replacement", "replacement is not valid: " + e.getOriginalMessage());
        }
        for (ConstraintViolation<FactRequest> violation : validator.validate(request)) {
            String field = "replacement." + violation.getPropertyPath();
            throw new InvalidCommandException(field, field + " " + violation.getMessage());
        }
        return request;
    }

    /** The action a fact is about, for an action's facts; else null. */
    private static String actionId(Object event) {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals("actionId")) {
                try {
                    return (String) component.getAccessor().invoke(event);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
