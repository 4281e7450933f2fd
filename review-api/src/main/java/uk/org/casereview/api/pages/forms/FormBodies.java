package uk.org.casereview.api.pages.forms;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Turns a form's fields into the API's request body and checks it with the API's own field checks; each problem is
 * put next to its question in the answers.
 */
@Component
public class FormBodies {

    private final ObjectMapper json;
    private final Validator validator;

    public FormBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The body, or null when the fields cannot make one; the field checks' problems are in the answers either way. */
    public <B> B body(Class<B> type, Map<String, Object> fields, FormAnswers answers) {
        B body;
        try {
            body = json.convertValue(fields, type);
        } catch (IllegalArgumentException e) {
            JsonMappingException mapping = e.getCause() instanceof JsonMappingException m ? m : null;
            String field = mapping == null || mapping.getPath().isEmpty() ? null : mapping.getPath().get(0).getFieldName();
            answers.error(field == null ? "" : field, (field == null ? "the answers" : field) + " has an invalid value");
            return null;
        }
        for (ConstraintViolation<B> violation : validator.validate(body)) {
            answers.error(root(violation.getPropertyPath()), violation.getPropertyPath() + " " + violation.getMessage());
        }
        return body;
    }

    private static String root(Path path) {
        for (Path.Node node : path) {
            return node.getName();
        }
        return "";
    }
}
