package vn.diplomacy.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json; nothing internal (stack, class, SQL) leaves the server. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    // Targets whose strict readers (StrictJson, Money.DecimalText) word their own rule.
    private static final java.util.Set<Class<?>> OWN_MESSAGES =
            java.util.Set.of(java.time.LocalDate.class, String.class, java.math.BigDecimal.class);
    private static final java.util.regex.Pattern DUPLICATE =
            java.util.regex.Pattern.compile("Duplicate field '([^']{0,100})'");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        if (e.code() == null) {
            return Problems.response(e.type(), e.type().status, e.getMessage(), path(uri), e.errors(), e.headers());
        }
        String detail = e.getMessage();
        if (vietnameseFirst(headers)) {
            String vi = Labels.of("common", "problems." + e.code(), "vi");
            if (vi != null) {
                for (Map.Entry<String, String> p : e.params().entrySet()) {
                    vi = vi.replace("{{" + p.getKey() + "}}", p.getValue());
                }
                detail = vi;
            }
        }
        Response.ResponseBuilder builder = Response.status(e.type().status)
                .type(Problems.MEDIA_TYPE)
                .entity(Problems.body(e.type(), e.type().status, detail, path(uri), e.errors(), e.code(), e.params()));
        e.headers().forEach(builder::header);
        return builder.build();
    }

    /** The detail follows Accept-Language: Vietnamese when asked for before English, English otherwise. */
    private static boolean vietnameseFirst(HttpHeaders headers) {
        for (java.util.Locale l : headers.getAcceptableLanguages()) {
            if (l.getLanguage().equals("vi")) {
                return true;
            }
            if (l.getLanguage().equals("en")) {
                return false;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        ProblemException p = ProblemException.invalid(errors);
        return Problems.response(ProblemType.VALIDATION, 400, p.getMessage(), path(uri), errors, Map.of());
    }

    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class,
        ValueInstantiationException.class
    })
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = jsonPath(m.getPath());
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "is not a known property";
            } else if (e instanceof InvalidFormatException f
                    && f.getTargetType() != null
                    && f.getTargetType().isEnum()) {
                message = "must be one of "
                        + Arrays.stream(f.getTargetType().getEnumConstants())
                                .map(Object::toString)
                                .collect(Collectors.joining(", "));
            } else if (e instanceof InvalidFormatException f && OWN_MESSAGES.contains(f.getTargetType())) {
                message = f.getOriginalMessage();
            } else if (e instanceof ValueInstantiationException) {
                message = "has an invalid value";
            } else {
                String target = e instanceof MismatchedInputException mi && mi.getTargetType() != null
                        ? mi.getTargetType().getSimpleName()
                        : "value";
                message = "has the wrong type (expected " + describe(target) + ")";
            }
            List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, message));
            return Problems.response(ProblemType.VALIDATION, 400, field + ": " + message, path(uri), errors, Map.of());
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        java.util.regex.Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            String field = duplicate.group(1);
            return Problems.response(
                    ProblemType.MALFORMED,
                    400,
                    "The property '" + field + "' appears more than once",
                    path(uri),
                    List.of(new Problem.FieldError(field, "appears more than once")),
                    Map.of());
        }
        return Problems.response(ProblemType.MALFORMED, "The request body is not valid JSON", path(uri));
    }

    @ServerExceptionMapper({
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Problems.response(
                ProblemType.UNAUTHORIZED,
                401,
                "Send a valid token or API key as 'Authorization: Bearer <token>' (or X-API-Key)",
                path(uri),
                null,
                Map.of("WWW-Authenticate", "Bearer realm=\"diplomacy\""));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        io.quarkus.security.identity.SecurityIdentity identity = io.quarkus.arc.Arc.container()
                .instance(io.quarkus.security.identity.CurrentIdentityAssociation.class)
                .get()
                .getIdentity();
        if (identity != null && Boolean.TRUE.equals(identity.getAttribute("passwordChangeRequired"))) {
            return Problems.response(
                    ProblemType.FORBIDDEN,
                    "Change your password first (POST /api/v1/auth/password); until then nothing else answers",
                    path(uri));
        }
        if (identity != null && "API_KEY".equals(identity.getAttribute("authKind"))) {
            return Problems.response(
                    ProblemType.FORBIDDEN,
                    "This API key's role does not allow this operation; API keys never manage users or keys",
                    path(uri));
        }
        return Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this operation", path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "This method is not allowed here";
            case 415 -> "Send the body as application/json";
            case 406 -> "This resource answers application/json";
            case 400 -> "The request is malformed";
            default -> status >= 500 ? "The server failed to answer" : ProblemType.reason(status);
        };
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        Map<String, String> headers = e.getResponse().getHeaderString("Allow") == null
                ? Map.of()
                : Map.of("Allow", e.getResponse().getHeaderString("Allow"));
        return Problems.response(type, status, detail, path(uri), null, headers);
    }

    @ServerExceptionMapper
    public Response patch(MergePatch.PatchParseException e, UriInfo uri) {
        return json(e.json(), uri);
    }

    @ServerExceptionMapper
    public Response other(Throwable e, UriInfo uri, HttpHeaders headers) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return problem(p, uri, headers);
            }
            if (t instanceof OptimisticLockException
                    || t instanceof StaleStateException
                    || t instanceof org.hibernate.dialect.lock.OptimisticEntityLockException) {
                return Problems.response(
                        ProblemType.PRECONDITION_FAILED,
                        "The resource was changed by someone else meanwhile; read it again",
                        path(uri));
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
                return Problems.response(ProblemType.CONFLICT, conflictDetail(c), path(uri));
            }
            if (t instanceof ConstraintViolationException v) {
                return validation(v, uri);
            }
            if (t instanceof java.io.IOException io
                    && String.valueOf(io.getMessage()).contains("multipart")) {
                return Problems.response(
                        ProblemType.MALFORMED,
                        "The multipart body is malformed (a part or the" + " closing boundary is missing)",
                        path(uri));
            }
            if (t instanceof io.vertx.core.http.HttpClosedException) {
                // The client went away (or SlowClients cut it) mid-body: nobody reads this answer, nothing is wrong
                // here.
                LOG.debugf("Client closed the connection during %s", path(uri));
                return Problems.response(
                        ProblemType.REQUEST_TIMEOUT, "The connection closed before the request was read", path(uri));
            }
            if (TransactionRetry.isTransient(t)) {
                LOG.warnf("Database busy after %d attempts: %s", TransactionRetry.ATTEMPTS, t.getMessage());
                return Problems.response(
                        ProblemType.UNAVAILABLE,
                        503,
                        "The database is busy; retry in a moment",
                        path(uri),
                        null,
                        Map.of("Retry-After", "1"));
            }
            if (Outages.is(t)) {
                return unavailable(t, uri);
            }
        }
        Throwable outage = Outages.suppressed(e, 0);
        if (outage != null) {
            return unavailable(outage, uri);
        }
        LOG.error("Unexpected server error", e);
        return Problems.response(
                ProblemType.INTERNAL, "The server failed to answer; quote the requestId when reporting", path(uri));
    }

    private static Response unavailable(Throwable cause, UriInfo uri) {
        // One line per failed request: during an outage every request fails the same way.
        LOG.warnf("Database unavailable: %s", Outages.oneLine(cause));
        return Problems.response(
                ProblemType.UNAVAILABLE,
                503,
                "The database cannot be reached; nothing was changed. Retry in a few seconds",
                path(uri),
                null,
                Map.of("Retry-After", "5"));
    }

    private static String conflictDetail(org.hibernate.exception.ConstraintViolationException c) {
        // A NOT NULL or CHECK failure is the code's fault, not the caller's: the log says which.
        LOG.infof(
                "Constraint violated (%s): %s", c.getKind(), c.getSQLException().getMessage());
        String name = c.getConstraintName() == null ? "" : c.getConstraintName().toLowerCase();
        if (name.startsWith("fk_")
                || c.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.FOREIGN_KEY) {
            return "The resource is referenced by or refers to other records";
        }
        return "A record with the same unique values already exists";
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        boolean parameterSeen = false;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            // An element of a list or set: its index belongs to the container before it ("members[3]").
            if (node.isInIterable() && !parts.isEmpty()) {
                String index = node.getIndex() != null
                        ? "[" + node.getIndex() + "]"
                        : node.getKey() != null ? "[" + node.getKey() + "]" : "[]";
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameterSeen = true;
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                parts.add(name);
            }
        }
        // A request body parameter's own name means nothing to a client: drop it, keep the fields inside.
        if (parameterSeen && parts.size() > 1) {
            parts.remove(0);
        }
        return String.join(".", parts);
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(String javaType) {
        return switch (javaType) {
            case "Long", "long", "Integer", "int" -> "integer";
            case "LocalDate" -> "a YYYY-MM-DD string";
            case "Instant" -> "UTC instant";
            case "Boolean", "boolean" -> "boolean";
            case "BigDecimal" -> "decimal string";
            case "String" -> "string";
            default -> javaType.endsWith("Input") || javaType.endsWith("Request") ? "object" : javaType;
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
