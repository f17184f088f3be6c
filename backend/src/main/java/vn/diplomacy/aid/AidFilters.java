package vn.diplomacy.aid;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Where;

/** The aid filters, declared once for the list, its exports and the report, so that all of them count the same rows. */
public class AidFilters {
    static final Set<String> NAMES = Set.of("ngoId", "donorCountryCode", "sector", "kind", "status",
            "beneficiaryOrganizationId", "partnershipId", "year", "from", "to");

    @QueryParam("ngoId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String ngoId;

    @QueryParam("donorCountryCode")
    @Parameter(description = "ISO 3166-1 alpha-2", example = "GB")
    public String donorCountryCode;

    @QueryParam("sector")
    @Parameter(schema = @Schema(implementation = AidSector.class))
    public String sector;

    @QueryParam("kind")
    @Parameter(schema = @Schema(implementation = AidKind.class))
    public String kind;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = AidStatus.class))
    public String status;

    @QueryParam("beneficiaryOrganizationId")
    @Parameter(description = "The beneficiary or any locality under it (a province includes its districts and communes)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String beneficiaryOrganizationId;

    @QueryParam("partnershipId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    public String partnershipId;

    @QueryParam("year")
    @Parameter(description = "Commitment date in this year", schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2999"))
    public String year;

    @QueryParam("from")
    @Parameter(description = "Commitment date on or after", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Commitment date on or before", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    /** JPQL over {@code AidCommitment c}; reads and checks the parameters from the list query. */
    static Where where(ListQuery list) {
        Long ngoId = list.id("ngoId");
        String country = list.countryCode("donorCountryCode");
        AidSector sector = list.enumValue("sector", AidSector.class);
        AidKind kind = list.enumValue("kind", AidKind.class);
        AidStatus status = list.enumValue("status", AidStatus.class);
        Long beneficiary = list.id("beneficiaryOrganizationId");
        Long partnershipId = list.id("partnershipId");
        Integer year = list.integer("year", 1900, 2999);
        LocalDate from = list.date("from");
        LocalDate to = list.date("to");
        list.validated();
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must be on or after from");
        }
        return new Where()
                .and("(c.searchText like :q or c.ngoId in (select o.id from Organization o where o.searchText like :q)"
                        + " or c.beneficiaryOrganizationId in (select o.id from Organization o where o.searchText like :q))",
                        "q", list.qPattern())
                .and("c.updatedAt >= :updatedSince", "updatedSince", list.updatedSince())
                .and("c.ngoId = :ngoId", "ngoId", ngoId)
                .and("c.donorCountryCode = :country", "country", country)
                .and("c.sector = :sector", "sector", sector)
                .and("c.kind = :kind", "kind", kind)
                .and("c.status = :status", "status", status)
                .and("(c.beneficiaryOrganizationId = :beneficiary or c.beneficiaryOrganizationId in (select o.id from Organization o"
                        + " where o.parentId = :beneficiary or o.parentId in (select p.id from Organization p where p.parentId = :beneficiary)))",
                        "beneficiary", beneficiary)
                .and("c.partnershipId = :partnershipId", "partnershipId", partnershipId)
                // A range rather than year(): the commitment-date index stays usable.
                .and("c.commitmentDate >= :yearStart", "yearStart", year == null ? null : LocalDate.of(year, 1, 1))
                .and("c.commitmentDate <= :yearEnd", "yearEnd", year == null ? null : LocalDate.of(year, 12, 31))
                .and("c.commitmentDate >= :from", "from", from)
                .and("c.commitmentDate <= :to", "to", to);
    }
}
