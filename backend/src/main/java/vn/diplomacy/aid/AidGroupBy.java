package vn.diplomacy.aid;

import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Scope;

/** The dimensions the aid report groups (and stacks) by, with their JPQL over AidCommitment c. */
public enum AidGroupBy {
    YEAR("year", "year(c.commitmentDate)", "year(d.date)"),
    NGO("ngo", "c.ngoId"),
    DONOR_COUNTRY("donorCountry", "c.donorCountryCode"),
    SECTOR("sector", "c.sector"),
    BENEFICIARY("beneficiary", "c.beneficiaryOrganizationId"),
    /** The top of the beneficiary's tree: its province (or the national body it belongs to). */
    PROVINCE("province", Scope.PROVINCE_OF + "c.beneficiaryOrganizationId)"),
    STATUS("status", "c.status"),
    KIND("kind", "c.kind"),
    APPROVAL_STATUS("approvalStatus", "c.approvalStatus"),
    /** The Vietnamese aid owner; aid without one is a group of its own (key "null"). */
    AID_OWNER("aidOwner", "c.aidOwnerOrganizationId");

    public final String apiName;
    /** The group of a commitment, and of a disbursement: money disbursed counts in the year it was disbursed. */
    final String expression;

    final String disbursementExpression;

    AidGroupBy(String apiName, String expression) {
        this(apiName, expression, expression);
    }

    AidGroupBy(String apiName, String expression, String disbursementExpression) {
        this.apiName = apiName;
        this.expression = expression;
        this.disbursementExpression = disbursementExpression;
    }

    /** A grouping by locality, which a report {@code asOf} a day folds into the units they became. */
    boolean locality() {
        return this == BENEFICIARY || this == PROVINCE;
    }

    /** What the database groups by: the beneficiary itself when the report folds localities afterwards. */
    String expression(boolean rolled) {
        return rolled && locality() ? BENEFICIARY.expression : expression;
    }

    static AidGroupBy of(String raw, String parameter) {
        for (AidGroupBy g : values()) {
            if (g.apiName.equals(raw)) {
                return g;
            }
        }
        throw ProblemException.invalid(
                parameter,
                "must be one of year, ngo, donorCountry, sector, beneficiary, province, status, kind, approvalStatus,"
                        + " aidOwner");
    }
}
