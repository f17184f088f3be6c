package vn.diplomacy.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.notification.NotificationDtos.NotificationList;
import vn.diplomacy.notification.NotificationDtos.ReadInput;
import vn.diplomacy.security.Role;

@Path("/api/v1/notifications")
@Tag(
        name = "Notifications",
        description =
                "The caller's reminders: reports due or late, expiring agreements and certificates, courses starting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {
    private final NotificationService notifications;

    NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The caller's reminders",
            description = "Computed as of today from the records within the caller's scope, each with the list's own"
                    + " filter: delegations whose report is due within the next days (REPORT_DUE_SOON) or late"
                    + " (reportOverdue), late conferences (overdue), agreements and NGO certificates ending within 60"
                    + " days (expiringWithinDays=60), courses starting within 7 days, late aid progress reports. At most"
                    + " 100 of each type, the most urgent (earliest dueOn) first; `read` once marked.")
    public NotificationList list() {
        return notifications.list();
    }

    @POST
    @Path("/read")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "Mark reminders read",
            description = "By key (at most 500). Idempotent: marking again changes nothing. A reminder whose day moves"
                    + " (a new due date) has a new key and shows as unread again.")
    @APIResponse(responseCode = "204", description = "Marked")
    public Response read(@Valid @NotNull ReadInput input) {
        notifications.markRead(input.keys());
        return Response.noContent().build();
    }
}
