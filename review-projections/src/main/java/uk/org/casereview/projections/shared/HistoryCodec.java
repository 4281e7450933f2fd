package uk.org.casereview.projections.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a {@link History} as JSON in the read model: one object per event with its simple type name. The event
 * types are the permitted subclasses of the aggregate's sealed event interface.
 */
public final class HistoryCodec<E> {

    private final ObjectMapper json;
    private final Map<String, Class<?>> types;
    private final Function<E, LocalDate> businessDate;

    public HistoryCodec(ObjectMapper json, Class<E> sealedEventType, Function<E, LocalDate> businessDate) {
        this.json = json;
        this.types = Arrays.stream(sealedEventType.getPermittedSubclasses())
                .collect(Collectors.toMap(Class::getSimpleName, c -> c));
        this.businessDate = businessDate;
    }

    public History<E> empty() {
        return new History<>(List.of(), businessDate);
    }

    public String write(History<E> history) {
        ArrayNode array = json.createArrayNode();
        for (Recorded<E> recorded : history.entries()) {
            ObjectNode node = array.addObject();
            node.put("seq", recorded.seq());
            node.put("by", recorded.recordedBy());
            node.put("at", recorded.recordedAt().toString());
            node.put("type", recorded.event().getClass().getSimpleName());
            node.set("event", json.valueToTree(recorded.event()));
        }
        return array.toString();
    }

    @SuppressWarnings("unchecked")
    public History<E> read(String text) {
        try {
            List<Recorded<E>> entries = new ArrayList<>();
            for (JsonNode node : json.readTree(text)) {
                Class<?> type = types.get(node.get("type").asText());
                if (type == null) {
                    throw new IllegalStateException("unknown event type in read model: " + node.get("type").asText());
                }
                E event = (E) json.treeToValue(node.get("event"), type);
                entries.add(new Recorded<>(node.get("seq").asLong(), node.get("by").asText(),
                        Instant.parse(node.get("at").asText()), event));
            }
            return new History<>(entries, businessDate);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable history in read model", e);
        }
    }
}
