package vn.diplomacy.activity;

import static vn.diplomacy.common.SearchText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.diplomacy.activity.ActivityDtos.ActivityInput;
import vn.diplomacy.activity.ActivityDtos.ActivityView;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordService;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SetColumn;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Views;
import vn.diplomacy.organization.OrganizationReferences;
import vn.diplomacy.partnership.CooperationField;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.partnership.Partnership;
import vn.diplomacy.partnership.PartnershipReferences;
import vn.diplomacy.partnership.Pillar;
import vn.diplomacy.person.Person;
import vn.diplomacy.person.PersonReferences;
import vn.diplomacy.person.PersonRepository;

@ApplicationScoped
public class ActivityService
        implements OrganizationReferences,
                PartnershipReferences,
                PersonReferences,
                RecordService<ActivityInput, ActivityView> {
    static final SortFields SORTABLE = ListQuery.sortable(
            Activity.class, "startDate", "endDate", "title", "kind", "status", "createdAt", "updatedAt");

    private final ActivityMapper mapper;
    private final ActivityRepository activities;
    private final PersonRepository persons;
    private final ActivityRules rules;
    private final Links links;

    ActivityService(
            ActivityMapper mapper,
            ActivityRepository activities,
            PersonRepository persons,
            ActivityRules rules,
            Links links) {
        this.mapper = mapper;
        this.activities = activities;
        this.persons = persons;
        this.rules = rules;
        this.links = links;
    }

    /** The list filters, shared with the calendar, the exports and the periodic report: all count the same rows. */
    public Filtered filter(PageParams params, ActivityFilters filters, Object... options) {
        Object[] beans = Stream.concat(Stream.of(filters), Stream.of(options)).toArray();
        Filtered filtered = FilterSet.read(params, SORTABLE, beans);
        rules.overdue(filtered.where(), filtered.value("overdue"));
        return filtered;
    }

    @Transactional
    public PageResult<ActivityView> list(PageParams params, ActivityFilters filters) {
        Filtered f = filter(params, filters);
        return PageResult.viewed(activities, "", f.where(), f.list(), this::views);
    }

    /** Every activity the filter selects, in the list's order, read chunk by chunk; refused (400) beyond max. */
    public Iterable<ActivityView> exported(Filtered filter, int max) {
        return PageResult.exported(activities, "from Activity", filter, max, "activities", items -> {
            Function<Activity, ActivityView> view = views(items);
            return items.stream().map(view).toList();
        });
    }

    @Override
    @Transactional
    public ActivityView get(long id) {
        return Views.one(this::views, find(id));
    }

    @Override
    @Transactional
    public ActivityView create(ActivityInput input) {
        Activity activity = new Activity();
        apply(activity, input);
        activities.persistAndFlush(activity);
        return get(activity.id);
    }

    @Override
    @Transactional
    public ActivityView update(long id, String ifMatch, ActivityInput input) {
        Activity activity = find(id);
        ETags.requireMatch(ifMatch, activity.version);
        apply(activity, input);
        activities.flush();
        return get(id);
    }

    @Override
    @Transactional
    public void delete(long id, String ifMatch) {
        Activity activity = find(id);
        ETags.requireMatch(ifMatch, activity.version);
        activities.delete(activity);
        activities.flush();
    }

    @Override
    public String describeReferences(long organizationId) {
        long count = activities.count(
                "homeOrganizationId = ?1 or cast(partnerOrganizationIds as String) like ?2",
                organizationId,
                SetColumn.likeOne(organizationId));
        return count == 0 ? null : count + " activit" + (count == 1 ? "y" : "ies");
    }

    @Override
    public String describePartnershipReferences(long partnershipId) {
        long count = activities.count("partnershipId", partnershipId);
        return count == 0 ? null : count + " activit" + (count == 1 ? "y" : "ies");
    }

    @Override
    public String describePersonReferences(long personId) {
        long count = activities.count("cast(personIds as String) like ?1", SetColumn.likeOne(personId));
        return count == 0 ? null : count + " activit" + (count == 1 ? "y" : "ies");
    }

    @Override
    public void movePersonReferences(long from, long to) {
        for (Activity a : activities.list("cast(personIds as String) like ?1", SetColumn.likeOne(from))) {
            Set<Long> named = new TreeSet<>(a.personIds);
            named.remove(from);
            named.add(to);
            a.personIds = named;
        }
    }

    Activity find(long id) {
        return Scope.readable(
                activities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Activity", id)));
    }

    private void apply(Activity activity, ActivityInput input) {
        rules.check(input);
        Set<Long> partners = ids(input.partnerOrganizationIds());
        Links.Check check = links.check();
        check.home("homeOrganizationId", input.homeOrganizationId());
        partners.forEach(id -> check.organization("partnerOrganizationIds", id));
        Partnership partnership = check.partnership("partnershipId", input.partnershipId());
        if (partnership != null
                && !Objects.equals(partnership.homeOrganizationId, input.homeOrganizationId())
                && !partners.contains(partnership.partnerOrganizationId)) {
            check.reject(
                    "partnershipId",
                    "the partnership is neither the organizer's nor with one of the partner organizations");
        }
        Set<Long> named = ids(input.personIds());
        Map<Long, Person> found = named.isEmpty()
                ? Map.of()
                : persons.list("id in ?1", named).stream().collect(Collectors.toMap(p -> p.id, p -> p));
        named.stream()
                .filter(id -> !found.containsKey(id))
                .forEach(id -> check.reject("personIds", "person " + id + " does not exist"));
        check.done();
        found.values().forEach(Scope::readable);
        fill(activity, input);
    }

    /** The input's fields onto the row, once its references are checked (or trusted: the demo data). */
    void fill(Activity activity, ActivityInput input) {
        mapper.apply(input, activity);
        activity.partnerOrganizationIds = ids(input.partnerOrganizationIds());
        activity.personIds = ids(input.personIds());
        activity.pillars = input.pillars() == null || input.pillars().isEmpty()
                ? EnumSet.noneOf(Pillar.class)
                : EnumSet.copyOf(input.pillars());
        activity.fields = input.fields() == null || input.fields().isEmpty()
                ? EnumSet.noneOf(CooperationField.class)
                : EnumSet.copyOf(input.fields());
        activity.status = input.status() == null ? ActivityStatus.PLANNED : input.status();
        activity.cancellationReason = trimToNull(input.cancellationReason());
        parts(activity, input);
        rules.schedule(activity);
    }

    private static Set<Long> ids(Collection<Long> given) {
        return given == null ? new TreeSet<>() : new TreeSet<>(given);
    }

    /** Each kind's own part; an absent part clears its columns. */
    private static void parts(Activity a, ActivityInput input) {
        var e = input.exchange();
        a.exchangeDirection = e == null ? null : e.direction();
        a.occasion = e == null ? null : e.occasion();
        a.sender = e == null ? null : trimToNull(e.sender());
        a.recipient = e == null ? null : trimToNull(e.recipient());
        var r = input.repatriation();
        a.season = r == null ? null : trimToNull(r.season());
        a.setsFound = r == null ? null : r.setsFound();
        a.setsIdentified = r == null ? null : r.setsIdentified();
        var t = input.twinningReview();
        a.agreedPoints = t == null ? null : trimToNull(t.agreedPoints());
        a.assessment = t == null ? null : trimToNull(t.assessment());
        var c = input.conference();
        a.competence = c == null ? null : c.competence();
        a.applicationSentOn = c == null ? null : c.applicationSentOn();
        a.opinionsRequestedOn = c == null ? null : c.opinionsRequestedOn();
        a.opinionsReceivedOn = c == null ? null : c.opinionsReceivedOn();
        a.permissionNumber = c == null ? null : trimToNull(c.permissionNumber());
        a.permissionDate = c == null ? null : c.permissionDate();
        a.reportSentOn = c == null ? null : c.reportSentOn();
    }

    Function<Activity, ActivityView> views(List<Activity> items) {
        Links.Loaded linked = links.load(
                items.stream()
                        .flatMap(a -> Stream.concat(Stream.of(a.homeOrganizationId), a.partnerOrganizationIds.stream()))
                        .filter(Objects::nonNull)
                        .toList(),
                items.stream()
                        .map(a -> a.partnershipId)
                        .filter(Objects::nonNull)
                        .toList());
        Map<Long, String> names =
                names(items.stream().flatMap(a -> a.personIds.stream()).collect(Collectors.toSet()));
        ActivityMapper.Related related = new ActivityMapper.Related(linked, names, rules);
        return a -> mapper.view(a, related);
    }

    private Map<Long, String> names(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : persons.list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, p -> p.fullName));
    }
}
