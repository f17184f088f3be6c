package vn.diplomacy.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.Problem;
import vn.diplomacy.security.UserDtos.LoginRequest;
import vn.diplomacy.security.UserDtos.LoginResponse;
import vn.diplomacy.security.UserDtos.Me;
import vn.diplomacy.security.UserDtos.PasswordChange;

@Path("/api/v1/auth")
@Tag(name = "Authentication", description = "Log in, who am I, change my own password")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final AuthService auth;
    private final SecurityIdentity identity;

    private final ClientAddress clientAddress;

    AuthResource(AuthService auth, SecurityIdentity identity, ClientAddress clientAddress) {
        this.auth = auth;
        this.clientAddress = clientAddress;
        this.identity = identity;
    }

    @POST
    @Path("/login")
    @PermitAll
    @SecurityRequirements
    @Operation(
            summary = "Log in",
            description = "Exchanges a username and password for a short-lived JWT."
                    + " Failed attempts are limited per username and address, per address and, by spacing attempts out, per"
                    + " username (docs/api-conventions.md); over a limit it answers 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "Logged in")
    @APIResponse(
            responseCode = "401",
            description = "Wrong credentials or disabled account",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many failed attempts",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public LoginResponse login(@Valid @NotNull LoginRequest request, @Context HttpServerRequest http) {
        return auth.login(request.username(), request.password(), clientAddress.of(http));
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(
            summary = "The caller",
            description = "The logged-in user or the API key making the call, with its role.")
    public Me me() {
        return auth.me(identity);
    }

    @POST
    @Path("/password")
    @Authenticated
    @Operation(
            summary = "Change my own password",
            description = "Revokes the caller's other tokens; log in again afterwards.")
    @APIResponse(responseCode = "204", description = "Changed")
    public void changePassword(@Valid @NotNull PasswordChange request) {
        auth.changeOwnPassword(identity, request.currentPassword(), request.newPassword());
    }
}
