package uk.org.casereview.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.domain.commandhandling.NotFoundException;
import uk.org.casereview.domain.referencedata.UnknownCodeException;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error as an RFC 9457 problem detail: 400 for bad input (with each offending field), 404 for unknown ids,
 * 409 for a command the current state forbids, 412 for a stale If-Match, 413 for a body over the limit. Bad input
 * never reaches the event store, so it changes nothing.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(UnknownCodeException.class)
    ResponseEntity<Object> unknownCode(UnknownCodeException e, WebRequest request) {
        ProblemDetail problem = Problems.invalid(e.getMessage(), List.of(Problems.fieldError(e.field(), e.getMessage())));
        problem.setProperty("unknown", e.unknown());
        problem.setProperty("validCodes", e.valid());
        return respond(problem, request);
    }

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<Object> invalidCommand(InvalidCommandException e, WebRequest request) {
        return respond(Problems.invalid(e.getMessage(), List.of(Problems.fieldError(e.field(), e.getMessage()))), request);
    }

    @ExceptionHandler(CommandRefusedException.class)
    ResponseEntity<Object> refused(CommandRefusedException e, WebRequest request) {
        return respond(Problems.of(HttpStatus.CONFLICT, "refused", "The current state does not allow this", e.getMessage()), request);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<Object> keyReused(IdempotencyKeyReusedException e, WebRequest request) {
        return respond(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "The Idempotency-Key was used before",
                e.getMessage()), request);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e, WebRequest request) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role", e.getMessage()), request);
    }

    @ExceptionHandler({NotFoundException.class, ResourceNotFoundException.class})
    ResponseEntity<Object> notFound(RuntimeException e, WebRequest request) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()), request);
    }

    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<Object> otherKind(IncompatibleAggregateException e, WebRequest request) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "nothing of this kind has been recorded with the id in the path"), request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> aggregateNotFound(AggregateNotFoundException e, WebRequest request) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "nothing has been recorded with id " + e.getAggregateIdentifier()), request);
    }

    @ExceptionHandler({PreconditionFailedException.class, ConflictingAggregateVersionException.class})
    ResponseEntity<Object> stale(RuntimeException e, WebRequest request) {
        String detail = e instanceof PreconditionFailedException ? e.getMessage()
                : "the resource has changed since the version given in If-Match; read it again and retry";
        return respond(Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version", "The version is not the current one", detail), request);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e, WebRequest request) {
        return respond(tooLargeProblem(e), request);
    }

    /** The firewall refuses a query parameter when the controller first reads it. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e, WebRequest request) {
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid",
                "the request's path, headers or parameters are not allowed: " + e.getMessage()), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        PayloadTooLargeException tooLarge = Causes.find(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return respond(tooLargeProblem(tooLarge), request);
        }
        log.error("unexpected error on {}", path(request), e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the service could not complete the request; nothing was recorded unless a later read shows it"), request);
    }

    /**
     * An address that is no page and no endpoint: a person's browser (asking for HTML, outside the API's paths) gets the
     * GOV.UK "Page not found" page (Spring Boot's error page, {@code templates/error.html}); API clients the problem detail.
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status,
                                                                    WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null && forPeople(servlet.getRequest())) {
            try {
                servlet.getResponse().sendError(HttpStatus.NOT_FOUND.value());
                return null;
            } catch (java.io.IOException ignored) {
                // the client has gone: answer as for an API client
            }
        }
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    private static final org.springframework.util.AntPathMatcher PATHS = new org.springframework.util.AntPathMatcher();

    private static boolean forPeople(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                && java.util.Arrays.stream(uk.org.casereview.api.security.SecurityConfiguration.API_PATHS)
                .noneMatch(pattern -> PATHS.match(pattern, path));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = Causes.find(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return respond(tooLargeProblem(tooLarge), request);
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        String detail = unreadable(e, errors);
        ProblemDetail problem = Problems.invalid(detail, errors);
        InvalidFormatException format = Causes.find(e, InvalidFormatException.class);
        if (format != null && format.getTargetType() != null && format.getTargetType().isEnum()) {
            // the same shape as an unknown agency or theme code: what was sent, and the valid codes
            problem.setProperty("unknown", List.of(String.valueOf(format.getValue())));
            problem.setProperty("validCodes", Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString).toList());
        }
        return respond(problem, request);
    }

    private static String unreadable(HttpMessageNotReadableException e, List<Map<String, Object>> errors) {
        UnrecognizedPropertyException unknown = Causes.find(e, UnrecognizedPropertyException.class);
        if (unknown != null) {
            String field = path(unknown);
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            String message = "unknown field '" + field + "'" + (known.isEmpty() ? "" : "; the fields are " + known);
            errors.add(Problems.fieldError(field, "unknown field"));
            return message;
        }
        InvalidFormatException format = Causes.find(e, InvalidFormatException.class);
        if (format != null) {
            String field = path(format);
            Class<?> target = format.getTargetType();
            String message;
            if (target != null && target.isEnum()) {
                String valid = Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
                message = "'" + format.getValue() + "' is not a valid " + field + "; valid values are " + valid;
            } else if (target == String.class && format.getOriginalMessage().endsWith(StrictJson.UNPAIRED_SURROGATE)) {
                message = field + " is not valid Unicode text: it holds half of a surrogate pair (such as \\ud800 alone)";
            } else if (target == String.class) {
                message = field + " may not contain the NUL character";
            } else if (target == LocalDate.class || Causes.find(e, DateTimeParseException.class) != null) {
                message = field + " must be a real date written yyyy-MM-dd, not '" + format.getValue() + "'";
            } else {
                message = field + " has an invalid value '" + format.getValue() + "'";
            }
            errors.add(Problems.fieldError(field, message));
            return message;
        }
        MismatchedInputException mismatch = Causes.find(e, MismatchedInputException.class);
        if (mismatch != null) {
            String field = path(mismatch);
            if (field.isEmpty()) {
                return "the request body must be a JSON object";
            }
            String expected = mismatch.getTargetType() == null ? "another type" : describe(mismatch.getTargetType());
            String message = field + " has the wrong type: expected " + expected;
            errors.add(Problems.fieldError(field, message));
            return message;
        }
        JsonParseException parse = Causes.find(e, JsonParseException.class);
        if (parse != null) {
            return "the request body is not well-formed JSON: " + parse.getOriginalMessage();
        }
        JsonMappingException mapping = Causes.find(e, JsonMappingException.class);
        if (mapping != null) {
            return "the request body could not be read: " + mapping.getOriginalMessage();
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return "the request body is missing";
        }
        return "the request body could not be read";
    }

    private static String describe(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date written yyyy-MM-dd";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(Problems.fieldError(error.getField(), error.getField() + " " + error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(Problems.fieldError(null, error.getDefaultMessage())));
        errors.sort((a, b) -> String.valueOf(a.get("field")).compareTo(String.valueOf(b.get("field"))));
        String detail = errors.stream().map(error -> error.get("message").toString()).collect(Collectors.joining("; "));
        return respond(Problems.invalid(detail, errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(Problems.fieldError(name, name + " " + error.getDefaultMessage())));
        });
        String detail = errors.stream().map(error -> error.get("message").toString()).collect(Collectors.joining("; "));
        return respond(Problems.invalid(detail, errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e.getPropertyName();
        Class<?> required = e.getRequiredType();
        String message;
        if (required != null && required.isEnum()) {
            String valid = Arrays.stream(required.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            message = "'" + e.getValue() + "' is not a valid " + name + "; valid values are " + valid;
        } else if (required == LocalDate.class) {
            message = name + " must be a real date written yyyy-MM-dd, not '" + e.getValue() + "'";
        } else if (required == int.class || required == Integer.class || required == long.class || required == Long.class) {
            message = name + " must be a whole number written in decimal digits, not '" + e.getValue() + "'";
        } else {
            message = name + " has an invalid value '" + e.getValue() + "'";
        }
        ProblemDetail problem = Problems.invalid(message, List.of(Problems.fieldError(name, message)));
        if (required != null && required.isEnum()) {
            problem.setProperty("unknown", List.of(String.valueOf(e.getValue())));
            problem.setProperty("validCodes", Arrays.stream(required.getEnumConstants()).map(Object::toString).toList());
        }
        return respond(problem, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getInstance() == null) {
                problem.setInstance(URI.create(path(request)));
            }
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(Problems.typeFor(status.value()));
            }
            // written as a problem whatever the request's Accept says (a 406 is answered to an Accept that names nothing else)
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.putAll(headers);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return super.createResponseEntity(body, problemHeaders, status, request);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail tooLargeProblem(PayloadTooLargeException e) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "The request body is too large", e.getMessage());
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, WebRequest request) {
        problem.setInstance(URI.create(path(request)));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
    }
}
