package vn.diplomacy.person;

import static vn.diplomacy.common.SearchText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.Gender;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordService;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Views;
import vn.diplomacy.organization.OrganizationReferences;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.person.PersonDtos.PersonInput;
import vn.diplomacy.person.PersonDtos.PersonView;

/** The registry of persons: the record itself, its namesakes, and finding or adding the person a free-text row names. */
@ApplicationScoped
public class PersonService implements OrganizationReferences, RecordService<PersonInput, PersonView> {
    static final String KIND = "person";
    static final SortFields SORTABLE =
            ListQuery.sortable(Person.class, "nameKey", "birthDate", "nationality", "createdAt", "updatedAt");
    private static final int SIMILAR = 10;

    private final PersonMapper mapper;
    private final PersonRepository persons;
    private final PersonIdentityRepository identities;
    private final Links links;
    private final Instance<PersonReferences> references;

    PersonService(
            PersonMapper mapper,
            PersonRepository persons,
            PersonIdentityRepository identities,
            Links links,
            Instance<PersonReferences> references) {
        this.mapper = mapper;
        this.persons = persons;
        this.identities = identities;
        this.links = links;
        this.references = references;
    }

    /** What a delegation member or a trainee says of a person, to find them again or to add them. */
    public record Named(
            String fullName,
            String organizationName,
            Long organizationId,
            String position,
            Gender gender,
            String nationality,
            String email,
            String phone,
            Long homeOrganizationId) {}

    /** The list filters, shared with the exports: both select the same persons. */
    public Filtered filter(PageParams params, PersonFilters filters, Object... options) {
        Object[] beans = Stream.concat(Stream.of(filters), Stream.of(options)).toArray();
        Filtered f = FilterSet.read(params, SORTABLE, beans);
        if (f.value("merged") == null) {
            f.where().and("mergedIntoId is null", Map.of());
        }
        return f;
    }

    @Transactional
    public PageResult<PersonView> list(PageParams params, PersonFilters filters) {
        Filtered f = filter(params, filters);
        return PageResult.viewed(persons, "", f.where(), f.list(), this::views);
    }

    /** Every person the filter selects, in the list's order, read chunk by chunk; refused (400) beyond max. */
    public Iterable<PersonView> exported(Filtered filter, int max) {
        return PageResult.exported(persons, "from Person", filter, max, "persons", items -> {
            Function<Person, PersonView> view = views(items);
            return items.stream().map(view).toList();
        });
    }

    /** Namesakes (same name without accents or case), those of the same agency and birth date first. */
    @Transactional
    public List<PersonView> similar(String fullName, Long organizationId, LocalDate birthDate) {
        if (fullName == null || fullName.isBlank()) {
            throw ProblemException.invalid("fullName", "is required");
        }
        List<Person> found = persons
                .find("nameKey = ?1 and mergedIntoId is null order by id", Person.key(fullName))
                .range(0, 99)
                .list()
                .stream()
                .filter(p -> readable(p))
                .sorted(java.util.Comparator.comparingInt((Person p) ->
                                (Objects.equals(p.organizationId, organizationId) && organizationId != null ? 0 : 2)
                                        + (Objects.equals(p.birthDate, birthDate) && birthDate != null ? 0 : 1))
                        .thenComparing(p -> p.id))
                .limit(SIMILAR)
                .toList();
        Function<Person, PersonView> view = views(found);
        return found.stream().map(view).toList();
    }

    @Override
    @Transactional
    public PersonView get(long id) {
        return Views.one(this::views, find(id));
    }

    @Override
    @Transactional
    public PersonView create(PersonInput input) {
        Person person = new Person();
        apply(person, input);
        persons.persistAndFlush(person);
        return get(person.id);
    }

    @Override
    @Transactional
    public PersonView update(long id, String ifMatch, PersonInput input) {
        Person person = find(id);
        ETags.requireMatch(ifMatch, person.version);
        if (person.mergedIntoId != null) {
            throw ProblemException.conflict(
                    "person-merged",
                    Map.of("id", id, "mergedIntoId", person.mergedIntoId),
                    "This person was merged into person " + person.mergedIntoId + "; change that one");
        }
        apply(person, input);
        persons.flush();
        return get(id);
    }

    @Override
    @Transactional
    public void delete(long id, String ifMatch) {
        Person person = find(id);
        ETags.requireMatch(ifMatch, person.version);
        List<String> used = references.stream()
                .map(r -> r.describePersonReferences(id))
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        long merged = persons.count("mergedIntoId", id);
        if (merged > 0) {
            used.add(merged + " person record" + (merged == 1 ? "" : "s") + " merged into this one");
        }
        String uses = used.stream().reduce((a, b) -> a + ", " + b).orElse(null);
        if (uses != null) {
            throw ProblemException.conflict(
                    "person-in-use", Map.of("references", uses), "The person is still named by " + uses);
        }
        identities.deleteById(id);
        persons.delete(person);
        persons.flush();
    }

    /**
     * The person a row names: the given one (checked, within the caller's scope), else the one person of the same
     * name, agency and office, else a new one. So every member and trainee points to a person.
     */
    @Transactional
    public Person resolve(Long personId, Named named, String field) {
        if (personId != null) {
            Person person = persons.findByIdOptional(personId)
                    .orElseThrow(() -> ProblemException.invalid(field, "person " + personId + " does not exist"));
            return Scope.readable(person);
        }
        String agency = SearchText.fold(named.organizationName());
        Person same = persons
                .find(
                        "nameKey = ?1 and homeOrganizationId = ?2 and mergedIntoId is null order by id",
                        Person.key(named.fullName()),
                        named.homeOrganizationId())
                .range(0, 49)
                .list()
                .stream()
                .filter(p -> SearchText.fold(p.organizationName).equals(agency)
                        && (named.organizationId() == null || Objects.equals(p.organizationId, named.organizationId())))
                .findFirst()
                .orElse(null);
        if (same != null) {
            return same;
        }
        Person person = new Person();
        person.fullName = named.fullName().trim();
        person.organizationName = trimToNull(named.organizationName());
        person.organizationId = named.organizationId();
        person.position = trimToNull(named.position());
        person.gender = named.gender();
        person.nationality = named.nationality();
        person.email = trimToNull(named.email());
        person.phone = trimToNull(named.phone());
        person.homeOrganizationId = named.homeOrganizationId();
        persons.persist(person);
        return person;
    }

    @Override
    public String describeReferences(long organizationId) {
        long count = persons.count("organizationId = ?1 or homeOrganizationId = ?1", organizationId);
        return count == 0 ? null : count + " person" + (count == 1 ? "" : "s");
    }

    Person find(long id) {
        return Scope.readable(persons.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Person", id)));
    }

    private static boolean readable(Person p) {
        Scope scope = Scope.current();
        return scope == null || scope.covers(p.homeOrganizationId);
    }

    private void apply(Person person, PersonInput input) {
        Links.Check check = links.check();
        check.home("homeOrganizationId", input.homeOrganizationId());
        check.organization("organizationId", input.organizationId());
        check.done();
        mapper.apply(input, person);
    }

    private Function<Person, PersonView> views(List<Person> items) {
        Links.Loaded linked = links.load(
                items.stream()
                        .flatMap(p -> Stream.of(p.homeOrganizationId, p.organizationId))
                        .filter(Objects::nonNull)
                        .toList(),
                List.of());
        return p -> mapper.view(p, linked);
    }
}
