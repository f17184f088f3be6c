package vn.diplomacy.aid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.security.Role;

/** The sector codelist with its OECD-DAC purpose codes, so that no client copies the mapping. */
@Path("/api/v1/aid-sectors")
@Tag(name = "Aid commitments")
@Produces(MediaType.APPLICATION_JSON)
public class AidSectorResource {
    @Schema(name = "AidSectorCode")
    public record SectorCode(
            @Schema(examples = "HEALTH") AidSector code,
            @Schema(examples = "12110") String dacCode,
            @Schema(examples = "Health") String label) {}

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The aid sectors and their OECD-DAC purpose codes",
            description =
                    "In the codelist's order; `label` is" + " the English name (the SPA shows its own translation).")
    public List<SectorCode> sectors() {
        return Arrays.stream(AidSector.values())
                .map(s -> new SectorCode(s, s.dacCode, s.label))
                .toList();
    }
}
