package vn.diplomacy.aid;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.Searchable;

/**
 * The aid filters over {@code AidCommitment c}, declared once for the list, its exports and the report, so that all
 * of them count the same rows (see common.Filter). The period (year, from, to) selects commitments by their date; the
 * report applies it to each disbursement's own date for the money disbursed (AidReport).
 */
@ListSearch(
        value = "(c.searchText like :q or c.ngoId in (select o.id from Organization o where o.searchText like :q)"
                + " or c.beneficiaryOrganizationId in (select o.id from Organization o where o.searchText like :q))",
        updatedAt = "c.updatedAt")
public class AidFilters extends Searchable {
    @QueryParam("ngoId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("c.ngoId = :ngoId")
    public String ngoId;

    @QueryParam("donorCountryCode")
    @Parameter(description = "ISO 3166-1 alpha-2", example = "GB")
    @Filter(value = "c.donorCountryCode = :donorCountryCode", kind = Filter.Kind.COUNTRY)
    public String donorCountryCode;

    @QueryParam("sector")
    @Parameter(schema = @Schema(implementation = AidSector.class))
    @Filter("c.sector = :sector")
    public String sector;

    @QueryParam("kind")
    @Parameter(schema = @Schema(implementation = AidKind.class))
    @Filter("c.kind = :kind")
    public String kind;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = AidStatus.class))
    @Filter("c.status = :status")
    public String status;

    @QueryParam("beneficiaryOrganizationId")
    @Parameter(
            description = "The beneficiary or any locality under it (a province includes its districts and communes)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("(c.beneficiaryOrganizationId = :beneficiaryOrganizationId or c.beneficiaryOrganizationId in (select o.id"
            + " from Organization o where o.parentId = :beneficiaryOrganizationId or o.parentId in (select p.id"
            + " from Organization p where p.parentId = :beneficiaryOrganizationId)))")
    public String beneficiaryOrganizationId;

    @QueryParam("partnershipId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("c.partnershipId = :partnershipId")
    public String partnershipId;

    @QueryParam("year")
    @Parameter(
            description = "Commitment date in this year; in the aid report, disbursements paid in this year",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2999"))
    // A range rather than year(): the commitment-date index stays usable.
    @Filter(value = "c.commitmentDate >= :yearStart and c.commitmentDate <= :yearEnd", kind = Filter.Kind.YEAR)
    public String year;

    @QueryParam("from")
    @Parameter(
            description = "Commitment date on or after; in the aid report, disbursements paid on or after",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Filter("c.commitmentDate >= :from")
    public String from;

    @QueryParam("to")
    @Parameter(
            description = "Commitment date on or before; in the aid report, disbursements paid on or before",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Filter(value = "c.commitmentDate <= :to", notBefore = "from")
    public String to;
}
