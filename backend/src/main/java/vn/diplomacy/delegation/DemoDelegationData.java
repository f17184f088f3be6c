package vn.diplomacy.delegation;

import java.time.LocalDate;
import java.util.List;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.partnership.Pillar;

/** The shape of {@code demo/delegations.json}: organizations by name, a partnership by its title. */
record DemoDelegationData(List<Org> required, List<Visit> delegations) {
    record Org(String name, OrganizationType type, String country) {}

    record Member(String name, String position, String organization, MemberRole role) {}

    record Budget(String amount, String currency) {}

    record Visit(
            Direction direction,
            String title,
            Org counterpart,
            Org home,
            String partnership,
            String country,
            String location,
            LocalDate start,
            LocalDate end,
            DelegationLevel level,
            Pillar pillar,
            DelegationStatus status,
            String outcome,
            String cancellationReason,
            Budget budget,
            List<Member> members,
            Decision decision,
            String invitationFrom,
            LocalDate invitationDate,
            FundingSource fundingSource,
            Boolean inYearlyPlan) {}

    record Decision(String number, LocalDate date, ApprovingAuthority authority) {}
}
