package vn.diplomacy.stay;

import static vn.diplomacy.common.SearchText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordService;
import vn.diplomacy.common.RowLock;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.Views;
import vn.diplomacy.organization.OrganizationReferences;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.person.Person;
import vn.diplomacy.person.PersonReferences;
import vn.diplomacy.person.PersonRepository;
import vn.diplomacy.stay.StayDtos.StayInput;
import vn.diplomacy.stay.StayDtos.StayPerson;
import vn.diplomacy.stay.StayDtos.StayView;

@ApplicationScoped
public class StayService implements OrganizationReferences, PersonReferences, RecordService<StayInput, StayView> {
    static final SortFields SORTABLE =
            ListQuery.sortable(Stay.class, "startDate", "endDate", "kind", "status", "createdAt", "updatedAt");

    private final StayMapper mapper;
    private final StayRepository stays;
    private final PersonRepository persons;
    private final Links links;
    private final Today today;

    StayService(StayMapper mapper, StayRepository stays, PersonRepository persons, Links links, Today today) {
        this.mapper = mapper;
        this.stays = stays;
        this.persons = persons;
        this.links = links;
        this.today = today;
    }

    /** The list filters, shared with the exports and the periodic report: all count the same rows. */
    public Filtered filter(PageParams params, StayFilters filters, Object... options) {
        Object[] beans = Stream.concat(Stream.of(filters), Stream.of(options)).toArray();
        return FilterSet.read(params, SORTABLE, beans);
    }

    @Transactional
    public PageResult<StayView> list(PageParams params, StayFilters filters) {
        Filtered f = filter(params, filters);
        return PageResult.viewed(stays, "", f.where(), f.list(), this::views);
    }

    /** Every stay the filter selects, in the list's order, read chunk by chunk; refused (400) beyond max. */
    public Iterable<StayView> exported(Filtered filter, int max) {
        return PageResult.exported(stays, "from Stay", filter, max, "stays", items -> {
            Function<Stay, StayView> view = views(items);
            return items.stream().map(view).toList();
        });
    }

    @Override
    @Transactional
    public StayView get(long id) {
        return Views.one(this::views, find(id));
    }

    @Override
    @Transactional
    public StayView create(StayInput input) {
        Stay stay = new Stay();
        apply(stay, input);
        stays.persistAndFlush(stay);
        return get(stay.id);
    }

    @Override
    @Transactional
    public StayView update(long id, String ifMatch, StayInput input) {
        Stay stay = find(id);
        ETags.requireMatch(ifMatch, stay.version);
        apply(stay, input);
        stays.flush();
        return get(id);
    }

    @Override
    @Transactional
    public void delete(long id, String ifMatch) {
        Stay stay = find(id);
        ETags.requireMatch(ifMatch, stay.version);
        stays.delete(stay);
        stays.flush();
    }

    @Override
    public String describeReferences(long organizationId) {
        long count = stays.count("homeOrganizationId = ?1 or hostOrganizationId = ?1", organizationId);
        return count == 0 ? null : count + " stay" + (count == 1 ? "" : "s");
    }

    @Override
    public String describePersonReferences(long personId) {
        long count = stays.count("personId", personId);
        return count == 0 ? null : count + " stay" + (count == 1 ? "" : "s");
    }

    @Override
    public void movePersonReferences(long from, long to) {
        stays.list("personId", from).forEach(s -> s.personId = to);
    }

    Stay find(long id) {
        return Scope.readable(stays.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Stay", id)));
    }

    private void apply(Stay stay, StayInput input) {
        Links.Check check = links.check();
        check.home("homeOrganizationId", input.homeOrganizationId());
        check.organization("hostOrganizationId", input.hostOrganizationId());
        if (input.hostOrganizationId() == null && trimToNull(input.hostName()) == null) {
            check.reject("hostName", "is needed when hostOrganizationId is absent (the school or host agency)");
        }
        // Locked: two requests adding stays of one person check the overlap one after the other.
        Person person = RowLock.byId(persons.getEntityManager(), Person.class, "person", input.personId());
        if (person == null) {
            check.reject("personId", "person " + input.personId() + " does not exist");
        }
        StayStatus status = status(input, check);
        check.done();
        Scope.readable(person);
        overlapping(input).stream()
                .filter(other -> !Objects.equals(other.id, stay.id))
                .findFirst()
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            "stay-overlap",
                            Map.of("id", other.id, "startDate", other.startDate, "endDate", other.endDate),
                            person.fullName + " already has a " + input.kind() + " stay from " + other.startDate
                                    + " to " + other.endDate + " (id " + other.id + ")");
                });
        mapper.apply(input, stay);
        stay.status = status;
        stay.statusReason = status == StayStatus.DISCONTINUED ? trimToNull(input.statusReason()) : null;
    }

    /**
     * The person's other stays of this kind over these dates, read with a lock: a plain read would see the snapshot
     * taken before the person's row lock was granted, not a stay another request has just committed.
     */
    @SuppressWarnings("unchecked")
    private List<Stay> overlapping(StayInput input) {
        return stays.getEntityManager()
                .createNativeQuery(
                        "select * from stay where person_id = ?1 and kind = ?2 and start_date <= ?3 and end_date >= ?4"
                                + " and status <> 'DISCONTINUED' order by id for update",
                        Stay.class)
                .setParameter(1, input.personId())
                .setParameter(2, input.kind().name())
                .setParameter(3, input.endDate())
                .setParameter(4, input.startDate())
                .getResultList();
    }

    /** The status sent, checked against today's date, or the one the dates give. */
    private StayStatus status(StayInput input, Links.Check check) {
        LocalDate now = today.date();
        StayStatus status = input.status();
        if (status == null) {
            return now.isBefore(input.startDate())
                    ? StayStatus.PLANNED
                    : now.isAfter(input.endDate()) ? StayStatus.COMPLETED : StayStatus.ACTIVE;
        }
        if (status != StayStatus.PLANNED && now.isBefore(input.startDate())) {
            check.reject("status", "cannot be " + status + " before the stay starts on " + input.startDate());
        }
        if (status == StayStatus.COMPLETED && now.isBefore(input.endDate())) {
            check.reject("status", "COMPLETED only from endDate (" + input.endDate() + "); DISCONTINUED ends it early");
        }
        if (status == StayStatus.DISCONTINUED && trimToNull(input.statusReason()) == null) {
            check.reject("statusReason", "is needed for DISCONTINUED");
        }
        return status;
    }

    Function<Stay, StayView> views(List<Stay> items) {
        Links.Loaded linked = links.load(
                items.stream()
                        .flatMap(s -> Stream.of(s.homeOrganizationId, s.hostOrganizationId))
                        .filter(Objects::nonNull)
                        .toList(),
                List.of());
        List<Long> ids = items.stream().map(s -> s.personId).distinct().toList();
        Map<Long, StayPerson> people = ids.isEmpty()
                ? Map.of()
                : persons.list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(
                                p -> p.id,
                                p -> new StayPerson(p.id, p.fullName, p.passportName, p.nationality, p.gender)));
        StayMapper.Related related = new StayMapper.Related(linked, people);
        return s -> mapper.view(s, related);
    }
}
