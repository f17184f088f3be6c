package vn.diplomacy.partnership;

import vn.diplomacy.common.Filter;
import vn.diplomacy.common.Searchable;

/** The filters of a partnership's agreements; {@link Search} adds those of the search across partnerships. */
public class AgreementFilters extends Searchable {
    @Filter("kind = :kind")
    public AgreementKind kind;

    public static class Search extends AgreementFilters {
        @Filter("partnershipId = :partnershipId")
        public Long partnershipId;

        @Filter(value = "signedOn >= :signedFrom", description = "Signed on or after this date")
        public java.time.LocalDate signedFrom;

        @Filter(
                value = "signedOn <= :signedTo",
                notBefore = "signedFrom",
                description = "Signed on or before this date")
        public java.time.LocalDate signedTo;

        @Filter(value = "expiresOn >= :expiresFrom", description = "Expiring on or after this date")
        public java.time.LocalDate expiresFrom;

        @Filter(
                value = "expiresOn <= :expiresTo",
                notBefore = "expiresFrom",
                description = "Expiring on or before this date")
        public java.time.LocalDate expiresTo;

        /** The partnership's home organization and all below it (agreements share their partnership's home). */
        @Filter(kind = Filter.Kind.SUBTREE, description = vn.diplomacy.common.Scope.WITHIN_DESCRIPTION, example = "1")
        public Long scopeOrganizationId;

        /** Counted from today: AgreementService adds the condition. */
        @Filter(max = 3650, description = "0 to " + AgreementService.MAX_EXPIRING_DAYS, example = "90")
        public Integer expiringWithinDays;
    }
}
