package vn.diplomacy.common;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The read, create, replace and merge-patch endpoints of a record kind, the same for every kind: a feature's resource
 * extends this (or {@link DeletableRecordResource}) with its {@code @Path} and adds its list and its own actions.
 * "{record}" in the summaries is filled from the path by {@link OpenApiConventions}. A record inside another one
 * ({@code /api/v1/partnerships/{partnershipId}/agreements}) takes its parent's id from the address, so each kind
 * keeps its parameter's name.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class RecordResource<I, V extends RecordView> extends RecordExtras {
    private final Function<UriInfo, RecordService<I, V>> services;
    private final Class<I> inputType;

    @Inject
    IdempotencyService idempotency;

    @Inject
    MergePatch mergePatch;

    protected RecordResource(RecordService<I, V> service, Class<I> inputType) {
        this(uri -> service, inputType);
    }

    protected RecordResource(NestedRecordService<I, V> service, Class<I> inputType) {
        this(uri -> service.in(parentId(uri)), inputType);
    }

    private RecordResource(Function<UriInfo, RecordService<I, V>> services, Class<I> inputType) {
        this.services = services;
        this.inputType = inputType;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(VIEWER)
    @Operation(summary = "Get {a record}")
    public RestResponse<V> get(@PathParam("id") long id, @Context UriInfo uri) {
        return Responses.ok(services.apply(uri).get(id));
    }

    @POST
    @RolesAllowed(EDITOR)
    @Operation(summary = "Create {a record}")
    public Response create(
            @Valid @NotNull I input,
            @Context UriInfo uri,
            @Parameter(description = ApiResponsesDoc.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyService.HEADER)
                    String key) {
        checkWrite();
        return idempotency.execute(key, input, uri, () -> {
            V view = services.apply(uri).create(input);
            return Responses.created(uri, view.id(), view, view.version());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(EDITOR)
    @Operation(summary = "Replace {a record}")
    public RestResponse<V> replace(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull I input,
            @Context UriInfo uri) {
        checkWrite();
        return Responses.ok(services.apply(uri).update(id, ifMatch, input));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of {a record} (JSON merge patch, RFC 7386)")
    public RestResponse<V> patch(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            String body,
            @Context UriInfo uri) {
        checkWrite();
        RecordService<I, V> service = services.apply(uri);
        return Responses.ok(service.update(id, ifMatch, mergePatch.apply(service.get(id), body, inputType)));
    }

    @Override
    protected void requireRecord(long id, UriInfo uri) {
        services.apply(uri).get(id);
    }

    protected IdempotencyService idempotency() {
        return idempotency;
    }

    protected RecordService<I, V> service(UriInfo uri) {
        return services.apply(uri);
    }

    /** The address's one path parameter besides {id}: the parent record's id (a malformed one is a 404, as for id). */
    private static long parentId(UriInfo uri) {
        Long parent = Ids.parseOrNull(parentParameter(uri));
        if (parent == null) {
            throw new NotFoundException();
        }
        return parent;
    }
}
