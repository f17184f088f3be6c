package vn.diplomacy.training;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.Searchable;

/** The course filters, each declared once (see common.Filter). */
@ListSearch(
        "(searchText like :q or organizerOrganizationId in (select o.id from Organization o where o.searchText like :q))")
public class TrainingCourseFilters extends Searchable {
    @QueryParam("topic")
    @Parameter(schema = @Schema(implementation = TrainingTopic.class))
    @Filter("topic = :topic")
    public String topic;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = CourseStatus.class))
    @Filter("status = :status")
    public String status;

    @QueryParam("organizerOrganizationId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("organizerOrganizationId = :organizerOrganizationId")
    public String organizerOrganizationId;

    @QueryParam("partnershipId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("partnershipId = :partnershipId")
    public String partnershipId;

    @QueryParam("from")
    @Parameter(
            description = "Courses ending on or after this date",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Filter("endDate >= :from")
    public String from;

    @QueryParam("to")
    @Parameter(
            description = "Courses starting on or before this date",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Filter(value = "startDate <= :to", notBefore = "from")
    public String to;

    @QueryParam("hasSeats")
    @Parameter(
            description = "true: courses with a free seat; false: full courses",
            schema = @Schema(type = SchemaType.BOOLEAN))
    /** Counts seats with a parameter: TrainingCourseService adds the condition. */
    @Filter
    public String hasSeats;
}
