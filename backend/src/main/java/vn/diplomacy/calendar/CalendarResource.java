package vn.diplomacy.calendar;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.CalendarFile;
import vn.diplomacy.common.IdempotencyService;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.security.ApiKeyIdentityProvider;
import vn.diplomacy.security.CalendarIdentityProvider;
import vn.diplomacy.security.CalendarSubscriptionService;
import vn.diplomacy.security.CalendarSubscriptionService.Created;
import vn.diplomacy.security.CalendarSubscriptionService.View;
import vn.diplomacy.security.Role;

@Path("/api/v1/calendar")
@Tag(
        name = "Calendar",
        description = "A user's secret calendar addresses (subscribe by URL in a calendar app): delegations, their"
                + " report due days and courses, with alarms")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
    private final CalendarSubscriptionService subscriptions;
    private final CalendarFeed feed;
    private final SecurityIdentity identity;
    private final IdempotencyService idempotency;

    CalendarResource(
            CalendarSubscriptionService subscriptions,
            CalendarFeed feed,
            SecurityIdentity identity,
            IdempotencyService idempotency) {
        this.idempotency = idempotency;
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.identity = identity;
    }

    @POST
    @Path("/subscriptions")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "Create a secret calendar address",
            description = "For the signed-in user (403 calendar-needs-user for an API key). The address is shown once;"
                    + " it reads the user's delegations and courses within the user's scope until revoked, and stops"
                    + " when the account is disabled. At most 10 active addresses per user (409).")
    @APIResponseSchema(value = Created.class, responseCode = "201", responseDescription = "Created")
    public Response create(
            @Context UriInfo uri,
            @Parameter(
                            description =
                                    ApiResponsesDoc.IDEMPOTENCY_KEY
                                            + " A replay answers the same id without the address: the secret is never stored twice.")
                    @HeaderParam(IdempotencyService.HEADER)
                    String key) {
        String root = vn.diplomacy.common.Responses.root(uri);
        return idempotency.execute(
                key,
                java.util.Map.of(),
                uri,
                () -> {
                    Created created = subscriptions.create(root);
                    return Response.status(Response.Status.CREATED)
                            .header("Location", root + "/api/v1/calendar/subscriptions/" + created.id())
                            .entity(created)
                            .build();
                },
                stored -> stored instanceof Created c ? new Created(c.id(), null, c.prefix(), c.createdAt()) : stored);
    }

    @GET
    @Path("/subscriptions")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The signed-in user's calendar addresses",
            description = "Newest first, revoked ones included.")
    public List<View> mine() {
        return subscriptions.mine();
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "Revoke a calendar address",
            description = "The address answers 401 from now on; the row stays, with revokedAt. Revoking twice is fine.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") long id) {
        subscriptions.revoke(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/feeds/{file}")
    @Produces(CalendarFile.MEDIA_TYPE)
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "A calendar address's feed",
            description = "RFC 5545 (VERSION:2.0): from a year back, every delegation that is not cancelled, each"
                    + " approved delegation's report due day (alarm 3 days before), every course (alarm the day"
                    + " before). The secret in the path is the credential; no header is needed.")
    @APIResponse(
            responseCode = "200",
            description = "The calendar",
            content = @Content(mediaType = CalendarFile.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@PathParam("file") String file) {
        // Only the address itself opens its feed: a login token on this path is not the subscription.
        if (!CalendarIdentityProvider.AUTH_KIND.equals(identity.getAttribute(ApiKeyIdentityProvider.AUTH_KIND))) {
            throw ProblemException.notFound("Calendar feed", file);
        }
        return Response.ok(feed.render(), CalendarFile.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"diplomacy.ics\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
