package uk.org.casereview.api.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenAPI description: a summary on every operation (from the controllers), examples of responses in the
 * partnership's words, and the problem responses each operation can give.
 */
@Configuration
public class OpenApiConfiguration {

    private static final String PROBLEM = "application/problem+json";

    @Bean
    public OpenAPI caseReviewOpenApi() {
        return new OpenAPI()
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("the configured users (the embedded default)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("a token of the identity provider (casereview.security.mode=jwt)")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .info(new Info()
                .title("Safeguarding case-review tracker")
                .version("v1")
                .description("""
                        Records serious incident notifications, rapid reviews, Child Safeguarding Practice Reviews and their \
                        recommendations and actions for a local safeguarding children partnership; works out every statutory \
                        deadline on the England and Wales working-day calendar. Every read that depends on time takes `asOf` \
                        (default today) and answers from the events as at that business date. Errors are RFC 9457 problem details."""));
    }

    @Bean
    public OpenApiCustomizer problemsAndExamples(ObjectMapper json) {
        return openApi -> {
            openApi.getComponents().addSchemas("Problem", problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                addExamples(operation, json);
                addProblems(path, method, operation);
            }));
        };
    }

    private static void addExamples(Operation operation, ObjectMapper json) {
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
            Content content = response.getValue().getContent();
            if (content == null) {
                continue;
            }
            content.values().forEach(media -> {
                Schema<?> schema = media.getSchema();
                if (schema != null && schema.get$ref() != null) {
                    String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                    Object example = ApiExamples.forSchema(name);
                    if (example != null) {
                        media.setExample(json.convertValue(example, Object.class));
                    }
                }
            });
        }
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.putIfAbsent("400", problem("Bad input: malformed JSON, unknown or missing fields, unknown codes (the valid ones are listed), impossible dates;"
                        + " a query parameter that is not strictly written (dates yyyy-MM-dd, decimal numbers, exact codes, once, percent-encoded UTF-8);"
                        + " an Accept header that is not a list of media types",
                400, "notifiedOn 2024-05-01 is before the local authority became aware (2024-05-02)"));
        responses.putIfAbsent("406", problem("Accept names nothing this endpoint answers with (nothing is recorded)", 406,
                "Acceptable representations: [application/json]."));
        if (path.contains("{")) {
            responses.putIfAbsent("404", problem("No such rapid review, practice review, recommendation or action (or not yet, as of the date asked)",
                    404, "nothing has been recorded with id 0195f3a2-7c1e-7d44-9a1b-2f6c0e8d4a11"));
        }
        if (method == PathItem.HttpMethod.POST) {
            responses.putIfAbsent("409", problem("The current state does not allow this command", 409,
                    "evidence cannot be reviewed: action 3 has no evidence pending"));
            responses.putIfAbsent("413", problem("The request body is over 1 MiB", 413,
                    "the request body is larger than the limit of 1048576 bytes"));
            responses.putIfAbsent("415", problem("The request body is not application/json (or its Content-Type is a wildcard)", 415,
                    "a Content-Type names one media type, not a wildcard: '*/*'; request bodies are application/json"));
        }
    }

    private static ApiResponse problem(String description, int status, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://casereview.example/problems/" + switch (status) {
            case 404 -> "not-found";
            case 409 -> "refused";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "invalid-request";
        });
        example.put("title", switch (status) {
            case 404 -> "Not found";
            case 409 -> "The current state does not allow this";
            case 406 -> "Not Acceptable";
            case 413 -> "The request body is too large";
            case 415 -> "Unsupported media type";
            default -> "The request is not valid";
        });
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", "/api/v1/...");
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")).example(example)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema schema = new Schema<>().type("object").description("RFC 9457 problem details");
        schema.addProperty("type", new Schema<>().type("string").format("uri"));
        schema.addProperty("title", new Schema<>().type("string"));
        schema.addProperty("status", new Schema<>().type("integer"));
        schema.addProperty("detail", new Schema<>().type("string"));
        schema.addProperty("instance", new Schema<>().type("string"));
        schema.addProperty("errors", new Schema<>().type("array").description("each offending field: {field, message}"));
        schema.addProperty("validCodes", new Schema<>().type("array").description("for an unknown code: the valid ones"));
        return schema;
    }
}
