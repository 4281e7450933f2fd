package uk.org.casereview.api.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.function.Consumer;

/**
 * An event recorded before a field was added to it, read as the current revision: the field is added with the value
 * that means what the old event meant (an empty list, or null).
 */
final class AddedFieldUpcaster extends SingleEventUpcaster {

    private final String payloadType;
    private final String fromRevision;
    private final String toRevision;
    private final Consumer<ObjectNode> addField;

    AddedFieldUpcaster(Class<?> eventType, String fromRevision, String toRevision, Consumer<ObjectNode> addField) {
        this.payloadType = eventType.getName();
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
        this.addField = addField;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(payloadType)
                && java.util.Objects.equals(representation.getType().getRevision(), fromRevision);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(payloadType, toRevision), JsonNode.class, payload -> {
            addField.accept((ObjectNode) payload);
            return payload;
        });
    }
}
