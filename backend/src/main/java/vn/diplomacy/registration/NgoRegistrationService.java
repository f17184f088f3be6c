package vn.diplomacy.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.diplomacy.aid.AidSector;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordService;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.Views;
import vn.diplomacy.common.Where;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationReferences;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.person.Person;
import vn.diplomacy.person.PersonReferences;
import vn.diplomacy.person.PersonRepository;
import vn.diplomacy.registration.NgoRegistrationDtos.NgoRegistrationInput;
import vn.diplomacy.registration.NgoRegistrationDtos.NgoRegistrationView;

@ApplicationScoped
public class NgoRegistrationService
        implements OrganizationReferences, PersonReferences, RecordService<NgoRegistrationInput, NgoRegistrationView> {
    static final SortFields SORTABLE = ListQuery.sortable(
            NgoRegistration.class, "validUntil", "issuedOn", "number", "kind", "createdAt", "updatedAt");
    /** Decree 58/2022: a registration certificate is valid for at most 3 years. */
    static final int MAX_YEARS = 3;

    /** The donors that register under Decree 58/2022. */
    static final Set<OrganizationType> NGO_TYPES =
            EnumSet.of(OrganizationType.INTERNATIONAL_NGO, OrganizationType.FOUNDATION);

    private final NgoRegistrationMapper mapper;
    private final NgoRegistrationRepository registrations;
    private final Links links;
    private final Today today;
    private final PersonRepository persons;

    NgoRegistrationService(
            NgoRegistrationMapper mapper,
            NgoRegistrationRepository registrations,
            Links links,
            Today today,
            PersonRepository persons) {
        this.persons = persons;
        this.mapper = mapper;
        this.registrations = registrations;
        this.links = links;
        this.today = today;
    }

    @Transactional
    public PageResult<NgoRegistrationView> list(PageParams params, NgoRegistrationFilters filters) {
        Filtered f = FilterSet.read(params, SORTABLE, filters);
        Where where = f.where();
        LocalDate now = today.date();
        RegistrationStatus status = f.value("status");
        if (status != null) {
            where.and(status.condition(), "today", now);
        }
        Integer days = f.value("expiringWithinDays");
        if (days != null) {
            where.and(RegistrationStatus.ACTIVE.condition(), "today", now)
                    .and("validUntil <= :horizon", "horizon", now.plusDays(days));
        }
        return PageResult.viewed(registrations, "", where, f.list(), this::views);
    }

    @Override
    @Transactional
    public NgoRegistrationView get(long id) {
        return Views.one(this::views, find(id));
    }

    @Override
    @Transactional
    public NgoRegistrationView create(NgoRegistrationInput input) {
        NgoRegistration registration = new NgoRegistration();
        apply(registration, input);
        registrations.persistAndFlush(registration);
        return get(registration.id);
    }

    @Override
    @Transactional
    public NgoRegistrationView update(long id, String ifMatch, NgoRegistrationInput input) {
        NgoRegistration registration = find(id);
        ETags.requireMatch(ifMatch, registration.version);
        apply(registration, input);
        registrations.flush();
        return get(id);
    }

    @Override
    @Transactional
    public void delete(long id, String ifMatch) {
        NgoRegistration registration = find(id);
        ETags.requireMatch(ifMatch, registration.version);
        registrations.renewalsOf(List.of(id)).stream().findFirst().ifPresent(renewal -> {
            throw ProblemException.conflict(
                    "ngo-registration-renewed",
                    Map.of("number", renewal.number),
                    "Certificate " + renewal.number + " renews this one; delete or change it first");
        });
        registrations.delete(registration);
        registrations.flush();
    }

    @Override
    public String describeReferences(long organizationId) {
        long count = registrations.countForOrganization(organizationId);
        return count == 0 ? null : count + " NGO registration" + (count == 1 ? "" : "s");
    }

    @Override
    public String describePersonReferences(long personId) {
        long count = registrations.count("representativePersonId", personId);
        return count == 0 ? null : count + " NGO registration" + (count == 1 ? "" : "s") + " (representative)";
    }

    @Override
    public void movePersonReferences(long from, long to) {
        registrations.list("representativePersonId", from).forEach(r -> r.representativePersonId = to);
    }

    NgoRegistration find(long id) {
        return Scope.readable(registrations
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("NGO registration", id)));
    }

    private void apply(NgoRegistration registration, NgoRegistrationInput input) {
        Links.Check check = links.check();
        Organization ngo = check.organization("ngoId", input.ngoId());
        if (ngo != null && (!NGO_TYPES.contains(ngo.type) || "VN".equals(ngo.countryCode))) {
            check.reject(
                    "ngoId",
                    "must be a foreign NGO or foundation; " + ngo.name + " is " + ngo.type + " in " + ngo.countryCode);
        }
        check.home("homeOrganizationId", input.homeOrganizationId());
        for (Long id : new TreeSet<>(input.permittedProvinceIds())) {
            Organization province = check.organization("permittedProvinceIds", id);
            if (province != null
                    && (province.parentId != null
                            || province.type != OrganizationType.LOCAL_GOVERNMENT
                            || !"VN".equals(province.countryCode))) {
                check.reject("permittedProvinceIds", province.name + " (" + id + ") is not a Vietnamese province");
            }
        }
        if (input.validUntil().isAfter(input.issuedOn().plusYears(MAX_YEARS))) {
            check.reject(
                    "validUntil",
                    "must be at most " + MAX_YEARS + " years after issuedOn (Decree 58/2022): "
                            + input.issuedOn().plusYears(MAX_YEARS) + " at the latest");
        }
        if (input.revokedOn() != null && input.revokedOn().isBefore(input.issuedOn())) {
            check.reject("revokedOn", "must be on or after issuedOn");
        }
        if (input.revokedOn() != null
                && (input.revocationReason() == null || input.revocationReason().isBlank())) {
            check.reject("revocationReason", "is needed with revokedOn");
        }
        checkRenewal(registration, input, check);
        Person representative = representative(input, check);
        check.done();
        String number = input.number().trim();
        registrations
                .findByNumber(input.kind(), number)
                .filter(other -> !other.id.equals(registration.id))
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            "ngo-registration-duplicate-number",
                            Map.of("number", number, "id", other.id),
                            "A " + input.kind() + " certificate numbered '" + number + "' is already recorded (id "
                                    + other.id + ")");
                });
        mapper.apply(input, registration);
        if (representative != null) {
            Scope.readable(representative);
            // The certificate's own spelling wins; blanks take the registry's.
            registration.representativeName =
                    registration.representativeName != null ? registration.representativeName : representative.fullName;
            registration.representativeNationality = registration.representativeNationality != null
                    ? registration.representativeNationality
                    : representative.nationality;
        }
        registration.permittedProvinceIds = new TreeSet<>(input.permittedProvinceIds());
        registration.permittedFields = input.permittedFields() == null
                        || input.permittedFields().isEmpty()
                ? EnumSet.noneOf(AidSector.class)
                : EnumSet.copyOf(input.permittedFields());
    }

    private Person representative(NgoRegistrationInput input, Links.Check check) {
        Long id = input.representative() == null ? null : input.representative().personId();
        if (id == null) {
            return null;
        }
        Person person = persons.findById(id);
        if (person == null) {
            check.reject("representative.personId", "person " + id + " does not exist");
        }
        return person;
    }

    /** A renewal follows an earlier certificate of the same NGO, which nothing else renews yet. */
    private void checkRenewal(NgoRegistration registration, NgoRegistrationInput input, Links.Check check) {
        if (input.renewsId() == null) {
            return;
        }
        NgoRegistration earlier = registrations.findById(input.renewsId());
        if (earlier == null || input.renewsId().equals(registration.id)) {
            check.reject("renewsId", "must be another existing registration");
            return;
        }
        Scope.readable(earlier);
        if (!earlier.ngoId.equals(input.ngoId())) {
            check.reject("renewsId", "must be a certificate of the same NGO");
            return;
        }
        if (input.issuedOn().isBefore(earlier.issuedOn)) {
            check.reject("renewsId", "was issued after this one (" + earlier.issuedOn + ")");
            return;
        }
        registrations.renewalsOf(List.of(earlier.id)).stream()
                .filter(other -> !other.id.equals(registration.id))
                .findFirst()
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            "ngo-registration-already-renewed",
                            Map.of("number", earlier.number, "by", other.number),
                            "Certificate " + earlier.number + " is already renewed by " + other.number);
                });
    }

    private Function<NgoRegistration, NgoRegistrationView> views(List<NgoRegistration> items) {
        Links.Loaded linked = links.load(
                items.stream()
                        .flatMap(r -> Stream.concat(
                                Stream.of(r.ngoId, r.homeOrganizationId), r.permittedProvinceIds.stream()))
                        .toList(),
                List.of());
        Set<Long> earlierIds =
                items.stream().map(r -> r.renewsId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, NgoRegistration> earlier = earlierIds.isEmpty()
                ? Map.of()
                : registrations.list("id in ?1", earlierIds).stream()
                        .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<Long, NgoRegistration> renewals = registrations
                .renewalsOf(items.stream().map(r -> r.id).toList())
                .stream()
                .collect(Collectors.toMap(r -> r.renewsId, Function.identity(), (a, b) -> a));
        LocalDate now = today.date();
        return r -> mapper.view(
                r,
                new NgoRegistrationMapper.Related(
                        linked,
                        NgoRegistrationMapper.ref(r.renewsId == null ? null : earlier.get(r.renewsId)),
                        NgoRegistrationMapper.ref(renewals.get(r.id)),
                        now));
    }
}
