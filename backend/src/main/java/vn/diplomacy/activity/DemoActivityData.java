package vn.diplomacy.activity;

import java.time.LocalDate;
import java.util.List;
import vn.diplomacy.activity.ActivityDtos.Conference;
import vn.diplomacy.activity.ActivityDtos.Exchange;
import vn.diplomacy.activity.ActivityDtos.Repatriation;
import vn.diplomacy.activity.ActivityDtos.TwinningReview;

/** The shape of {@code demo/activities.json}: organizations by name, the rest as the API takes it. */
record DemoActivityData(List<Item> activities) {
    record Partner(String name, String country) {}

    record Item(
            String home,
            ActivityKind kind,
            String title,
            LocalDate startDate,
            LocalDate endDate,
            List<Partner> partners,
            String place,
            /** Where it was held when abroad (ISO 3166-1 alpha-2); absent: in Vietnam. */
            String countryCode,
            ActivityStatus status,
            Integer participantsVietnamese,
            Integer participantsForeign,
            String outcome,
            String cancellationReason,
            Exchange exchange,
            Repatriation repatriation,
            TwinningReview twinningReview,
            Conference conference) {}
}
