package vn.diplomacy.training;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.Searchable;

/** A course's participant list filters, each declared once (see common.Filter). */
public class ParticipantFilters extends Searchable {
    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = ParticipantStatus.class))
    @Filter("status = :status")
    public String status;

    @QueryParam("organizationId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("organizationId = :organizationId")
    public String organizationId;
}
