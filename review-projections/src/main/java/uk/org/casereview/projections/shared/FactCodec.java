package uk.org.casereview.projections.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an aggregate's events as JSON with their simple type names, and reads them back. The event types are the
 * permitted subclasses of the aggregate's sealed event interface.
 */
public final class FactCodec<E> {

    private final ObjectMapper json = ReadModels.json();
    private final Map<String, Class<?>> types;

    public FactCodec(Class<E> sealedEventType) {
        this.types = Arrays.stream(sealedEventType.getPermittedSubclasses())
                .collect(Collectors.toMap(Class::getSimpleName, c -> c));
    }

    public String type(E event) {
        return event.getClass().getSimpleName();
    }

    public String write(E event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event, e);
        }
    }

    @SuppressWarnings("unchecked")
    public E read(String type, String payload) {
        Class<?> eventType = types.get(type);
        if (eventType == null) {
            throw new IllegalStateException("unknown event type in the read model: " + type);
        }
        try {
            return (E) json.readValue(payload, eventType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type + " in the read model", e);
        }
    }
}
