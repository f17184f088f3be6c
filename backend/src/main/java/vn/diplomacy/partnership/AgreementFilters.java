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

        /** Counted from today: AgreementService adds the condition. */
        @Filter(max = 3650, description = "0 to " + AgreementService.MAX_EXPIRING_DAYS, example = "90")
        public Integer expiringWithinDays;
    }
}
