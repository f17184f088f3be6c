package vn.diplomacy.aid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.aid.AidLifecycleDtos.AidOpinionInput;
import vn.diplomacy.aid.AidLifecycleDtos.AidOpinionView;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.security.Role;

@Path("/api/v1/aid-commitments/{commitmentId}/opinions")
@Tag(
        name = "Aid opinions",
        description = "The opinions asked on an aid dossier before its appraisal: of whom, when, what came back")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        createSummary = "Record an opinion asked",
        create = "answeredOn and verdict go together. Aid from a foreign NGO is approved only once an opinion of"
                + " agencyKind FRIENDSHIP_UNION was answered.")
public class AidOpinionResource extends DeletableRecordResource<AidOpinionInput, AidOpinionView> {
    private final AidOpinionService opinions;

    AidOpinionResource(AidOpinionService opinions) {
        super(opinions, AidOpinionInput.class);
        this.opinions = opinions;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List the opinions asked on a dossier",
            description = "Sort: askedOn (default), answeredOn, agency, createdAt, updatedAt.")
    public PageResult<AidOpinionView> list(@PathParam("commitmentId") long commitmentId, @BeanParam PageParams params) {
        return opinions.list(commitmentId, params);
    }
}
