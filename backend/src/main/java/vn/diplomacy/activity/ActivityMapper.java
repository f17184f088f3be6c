package vn.diplomacy.activity;

import java.util.Map;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.diplomacy.activity.ActivityDtos.ActivityInput;
import vn.diplomacy.activity.ActivityDtos.ActivityView;
import vn.diplomacy.activity.ActivityDtos.Conference;
import vn.diplomacy.activity.ActivityDtos.Exchange;
import vn.diplomacy.activity.ActivityDtos.Repatriation;
import vn.diplomacy.activity.ActivityDtos.TwinningReview;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.RecordMapping;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.person.PersonDtos.PersonRef;

@Mapper(config = RecordMapping.class, imports = Money.class)
interface ActivityMapper {
    @Mapping(target = "home", expression = "java(related.linked().organization(activity.homeOrganizationId))")
    @Mapping(
            target = "partners",
            expression = "java(activity.partnerOrganizationIds.stream().map(related.linked()::organization).toList())")
    @Mapping(target = "partnership", expression = "java(related.linked().partnership(activity.partnershipId))")
    @Mapping(target = "persons", expression = "java(ActivityMapper.persons(activity, related))")
    @Mapping(
            target = "budget",
            expression = "java(activity.budgetAmount == null ? null"
                    + " : Money.of(activity.budgetAmount, activity.budgetCurrency))")
    @Mapping(target = "exchange", expression = "java(ActivityMapper.exchange(activity))")
    @Mapping(target = "repatriation", expression = "java(ActivityMapper.repatriation(activity))")
    @Mapping(target = "twinningReview", expression = "java(ActivityMapper.twinningReview(activity))")
    @Mapping(target = "conference", expression = "java(ActivityMapper.conference(activity))")
    @Mapping(target = "alerts", expression = "java(related.rules().alerts(activity))")
    ActivityView view(Activity activity, @Context Related related);

    /** What a view embeds besides the activity itself. */
    record Related(Links.Loaded linked, Map<Long, String> personNames, ActivityRules rules) {}

    static java.util.List<PersonRef> persons(Activity a, Related related) {
        return a.personIds.stream()
                .map(p -> new PersonRef(p, related.personNames().get(p)))
                .toList();
    }

    static Exchange exchange(Activity a) {
        return a.exchangeDirection == null
                ? null
                : new Exchange(a.exchangeDirection, a.occasion, a.sender, a.recipient);
    }

    static Repatriation repatriation(Activity a) {
        // Like the other parts: its columns are empty unless the kind has it (ActivityRules, ActivityService.parts).
        return a.season == null && a.setsFound == null && a.setsIdentified == null
                ? null
                : new Repatriation(a.season, a.setsFound, a.setsIdentified);
    }

    static TwinningReview twinningReview(Activity a) {
        return a.agreedPoints == null && a.assessment == null ? null : new TwinningReview(a.agreedPoints, a.assessment);
    }

    static Conference conference(Activity a) {
        return a.competence == null
                ? null
                : new Conference(
                        a.competence,
                        a.applicationSentOn,
                        a.opinionsRequestedOn,
                        a.opinionsReceivedOn,
                        a.permissionNumber,
                        a.permissionDate,
                        a.reportSentOn);
    }

    /** The sets and each kind's part are applied by ActivityService (absent parts clear their columns). */
    @BeanMapping(
            unmappedTargetPolicy = ReportingPolicy.IGNORE,
            unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {
                "partnerOrganizationIds",
                "personIds",
                "pillars",
                "fields",
                "status",
                "exchange",
                "repatriation",
                "twinningReview",
                "conference"
            })
    @Mapping(target = "partnerOrganizationIds", ignore = true)
    @Mapping(target = "personIds", ignore = true)
    @Mapping(target = "pillars", ignore = true)
    @Mapping(target = "fields", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "budgetAmount", source = "budget.amount")
    @Mapping(target = "budgetCurrency", source = "budget.currency")
    void apply(ActivityInput input, @MappingTarget Activity activity);
}
