package uk.org.casereview.api.badinput;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A write endpoint: its label (as in the specification), its path template ({rr}, {pr}, {rec}, {action}), the stage
 * of the resources a valid request needs, the valid body (from the fixture and a unique token), its fields, and the
 * resource to read back after a write (null: the Location of a creation).
 */
record Endpoint(String label, String pathTemplate, Stage stage, BiFunction<Fixture, String, ObjectNode> validBody, List<Field> fields,
                String resourceTemplate) {

    boolean hasPathIds() {
        return pathTemplate.contains("{");
    }

    Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
