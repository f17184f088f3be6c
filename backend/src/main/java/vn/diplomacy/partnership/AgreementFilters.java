package vn.diplomacy.partnership;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.Searchable;

/** The filters of a partnership's agreements; {@link Search} adds those of the search across partnerships. */
public class AgreementFilters extends Searchable {
    @QueryParam("kind")
    @Parameter(schema = @Schema(implementation = AgreementKind.class))
    @Filter("kind = :kind")
    public String kind;

    public static class Search extends AgreementFilters {
        @QueryParam("partnershipId")
        @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
        @Filter("partnershipId = :partnershipId")
        public String partnershipId;

        /** Counted from today: AgreementService adds the condition. */
        @QueryParam("expiringWithinDays")
        @Parameter(
                description = "0 to " + AgreementService.MAX_EXPIRING_DAYS,
                example = "90",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "3650"))
        @Filter
        public String expiringWithinDays;
    }
}
