package vn.diplomacy.aid;

import java.time.LocalDate;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.ScopedSearchable;

/**
 * The aid filters over {@code AidCommitment c}, declared once for the list, its exports and the report, so that all
 * of them count the same rows (see common.Filter). The period (year, from, to) selects commitments by their date; the
 * report applies it to each disbursement's own date for the money disbursed (AidReport).
 */
@ListSearch(
        value = "(c.searchText like :q or c.ngoId in (select o.id from Organization o where o.searchText like :q)"
                + " or c.beneficiaryOrganizationId in (select o.id from Organization o where o.searchText like :q))",
        updatedAt = "c.updatedAt")
public class AidFilters extends ScopedSearchable {
    @Filter("c.ngoId = :ngoId")
    public Long ngoId;

    @Filter(
            value = "c.donorCountryCode = :donorCountryCode",
            kind = Filter.Kind.COUNTRY,
            description = "ISO 3166-1 alpha-2",
            example = "GB")
    public String donorCountryCode;

    @Filter("c.sector = :sector")
    public AidSector sector;

    @Filter("c.kind = :kind")
    public AidKind kind;

    @Filter(value = "c.nonProjectForm = :nonProjectForm", description = "What non-project aid consists of")
    public AidNonProjectForm nonProjectForm;

    @Filter("c.status = :status")
    public AidStatus status;

    @Filter(
            value = "c.status not in (vn.diplomacy.aid.AidStatus.PIPELINE, vn.diplomacy.aid.AidStatus.CANCELLED)",
            otherwise = "c.status in (vn.diplomacy.aid.AidStatus.PIPELINE, vn.diplomacy.aid.AidStatus.CANCELLED)",
            description = "true: aid actually committed (neither PIPELINE, an expected commitment, nor CANCELLED) —"
                    + " what reports up the chain count; false: only those")
    public Boolean committed;

    @Filter(value = "c.approvalStatus = :approvalStatus", description = "The step of the approval lifecycle")
    public AidApprovalStatus approvalStatus;

    @Filter(value = "c.aidOwnerOrganizationId = :aidOwnerOrganizationId", description = "The Vietnamese aid owner")
    public Long aidOwnerOrganizationId;

    @Filter("c.implementingPartnerOrganizationId = :implementingPartnerOrganizationId")
    public Long implementingPartnerOrganizationId;

    @Filter(
            value =
                    "(c.beneficiaryOrganizationId = :beneficiaryOrganizationId or c.beneficiaryOrganizationId in (select o.id"
                            + " from Organization o where o.parentId = :beneficiaryOrganizationId or o.parentId in (select p.id"
                            + " from Organization p where p.parentId = :beneficiaryOrganizationId)))",
            description = "The beneficiary or any locality under it (a province includes its districts and communes)")
    public Long beneficiaryOrganizationId;

    @Filter("c.partnershipId = :partnershipId")
    public Long partnershipId;

    // A range rather than year(): the commitment-date index stays usable.
    @Filter(
            value = "c.commitmentDate >= :yearStart and c.commitmentDate <= :yearEnd",
            kind = Filter.Kind.YEAR,
            min = 1900,
            max = 2999,
            description = "Commitment date in this year; in the aid report, disbursements paid in this year")
    public Integer year;

    @Filter(
            value = "c.commitmentDate >= :from",
            description = "Commitment date on or after; in the aid report, disbursements paid on or after")
    public LocalDate from;

    @Filter(
            value = "c.commitmentDate <= :to",
            notBefore = "from",
            description = "Commitment date on or before; in the aid report, disbursements paid on or before")
    public LocalDate to;
}
