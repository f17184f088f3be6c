package vn.diplomacy.training;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The course list's filters, declared as text so that a bad value is our 400 (parsed by TrainingCourseService). */
public class TrainingCourseFilters {
    @QueryParam("topic")
    @Parameter(schema = @Schema(implementation = TrainingTopic.class))
    public String topic;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = CourseStatus.class))
    public String status;

    @QueryParam("organizerOrganizationId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String organizerOrganizationId;

    @QueryParam("partnershipId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String partnershipId;

    @QueryParam("from")
    @Parameter(description = "Courses ending on or after this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Courses starting on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("hasSeats")
    @Parameter(description = "true: courses with a free seat; false: full courses", schema = @Schema(type = SchemaType.BOOLEAN))
    public String hasSeats;
}
