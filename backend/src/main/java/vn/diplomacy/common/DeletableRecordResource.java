package vn.diplomacy.common;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A {@link RecordResource} whose records are deleted by id and version alone (204; the rules are the service's). */
public abstract class DeletableRecordResource<I, V extends RecordView> extends RecordResource<I, V> {
    protected DeletableRecordResource(RecordService<I, V> service, Class<I> inputType) {
        super(service, inputType);
    }

    protected DeletableRecordResource(NestedRecordService<I, V> service, Class<I> inputType) {
        super(service, inputType);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(EDITOR)
    @Operation(summary = "Delete {a record}", description = "409 while files are attached to it: delete them first.")
    public Response delete(
            @PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        checkWrite();
        requireNoAttachments(id);
        service(uri).delete(id, ifMatch);
        return Responses.noContent();
    }
}
