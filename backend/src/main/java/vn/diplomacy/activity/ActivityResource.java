package vn.diplomacy.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.activity.ActivityDtos.ActivityInput;
import vn.diplomacy.activity.ActivityDtos.ActivityView;
import vn.diplomacy.activity.ActivityDtos.RulesView;
import vn.diplomacy.common.CalendarFile;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.export.ExportParams;
import vn.diplomacy.common.export.TableExport;
import vn.diplomacy.security.Role;

@Path("/api/v1/activities")
@Tag(
        name = "Activities",
        description = "People-to-people activities (exchanges, congratulatory messages, festivals, repatriation"
                + " ceremonies, twinning reviews…) and international conferences (QĐ 06/2020); the anniversaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RecordDocs(
        createSummary = "Record an activity",
        create =
                "Starts PLANNED unless `status` says HELD (not before it starts) or CANCELLED (with a reason). Each"
                        + " kind's own part (`exchange`, `repatriation`, `twinningReview`, `conference`) only on its kind (400).")
public class ActivityResource extends DeletableRecordResource<ActivityInput, ActivityView> {
    static final int MAX_EXPORT_ROWS = 100_000;

    private final ActivityService activities;
    private final ActivityRules rules;
    private final ActivityCalendar calendar;
    private final Anniversaries anniversaries;
    private final Today today;

    ActivityResource(
            ActivityService activities,
            ActivityRules rules,
            ActivityCalendar calendar,
            Anniversaries anniversaries,
            Today today) {
        super(activities, ActivityInput.class);
        this.activities = activities;
        this.rules = rules;
        this.calendar = calendar;
        this.anniversaries = anniversaries;
        this.today = today;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List activities, or export them",
            description = "`q` searches title, place, description, sender and recipient, ignoring case and accents."
                    + " `from`/`to` keep the activities overlapping that window. Sort: startDate (default), endDate,"
                    + " title, kind, status, createdAt, updatedAt. With `format=csv|xlsx` (or the Accept header) the"
                    + " answer is a download of every matching activity (at most 100,000; paging is ignored).")
    @APIResponseSchema(value = Page.class, responseDescription = "A page of activities, or the export")
    public Response list(
            @BeanParam PageParams params, @BeanParam ActivityFilters filters, @BeanParam ExportParams export) {
        var format = export.chosen();
        if (format.isEmpty()) {
            return Response.ok(activities.list(params, filters), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        var filter = activities.filter(params, filters, export);
        var table = ActivityExports.list(
                activities.exported(filter, MAX_EXPORT_ROWS), filter.described(), export.language());
        return TableExport.response(format.get(), "activities-" + today.date(), table);
    }

    /** Documents the JSON list answer; the method returns a Response because it also answers CSV and XLSX. */
    @Schema(name = "PageResultActivityView")
    public record Page(
            List<ActivityView> items,
            int page,
            int size,
            long totalItems,
            int totalPages,
            boolean totalExact,
            String next) {}

    @GET
    @Path("/rules")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The office's activity settings",
            description = "Days before a conference by which its application is due (Prime Minister's competence or"
                    + " another), days after it for the result report, days before an anniversary for the message.")
    public RulesView rules() {
        return rules.view();
    }

    @GET
    @Path("/anniversaries")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The anniversaries calendar",
            description = "National days and new years of the partner countries (those of the caller's partnerships),"
                    + " diplomatic-relation and treaty anniversaries, and each partnership's anniversary from its start"
                    + " date, from `from` to `to` (today and a year on by default; at most 731 days), by date. Round"
                    + " years (every 5th) are marked; messageDueOn is when the congratulatory message is due.")
    public List<Anniversaries.Entry> anniversaries(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return anniversaries.between(from, to);
    }

    @GET
    @Path("/calendar.ics")
    @Produces(CalendarFile.MEDIA_TYPE)
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "Activities as an iCalendar feed",
            description = "RFC 5545: one all-day VEVENT per non-cancelled activity (UID `activity-<id>@diplomacy`), a"
                    + " conference's application and report due days, with the list's filters.")
    @APIResponse(
            responseCode = "200",
            description = "The calendar",
            content = @Content(mediaType = CalendarFile.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response calendar(@BeanParam PageParams params, @BeanParam ActivityFilters filters) {
        return Response.ok(calendar.render(params, filters), CalendarFile.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"activities.ics\"")
                .build();
    }
}
