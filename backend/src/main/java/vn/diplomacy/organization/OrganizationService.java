package vn.diplomacy.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordService;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.organization.OrganizationDtos.OrganizationInput;
import vn.diplomacy.organization.OrganizationDtos.OrganizationView;

@ApplicationScoped
public class OrganizationService implements RecordService<OrganizationInput, OrganizationView> {
    static final SortFields SORTABLE =
            ListQuery.sortable(Organization.class, "name", "countryCode", "type", "createdAt", "updatedAt");

    private final OrganizationRepository organizations;
    private final OrganizationMapper mapper;
    private final Instance<OrganizationReferences> references;

    private final OrganizationTree tree;

    OrganizationService(
            OrganizationRepository organizations,
            Instance<OrganizationReferences> references,
            OrganizationMapper mapper,
            OrganizationTree tree) {
        this.tree = tree;
        this.organizations = organizations;
        this.references = references;
        this.mapper = mapper;
    }

    @Transactional
    public PageResult<OrganizationView> list(PageParams params, OrganizationFilters filters) {
        Filtered f = FilterSet.read(params, SORTABLE, filters);
        PageResult<Organization> page = PageResult.of(organizations, f.where(), f.list(), Function.identity());
        Set<Long> relatedIds = page.items().stream()
                .flatMap(o -> java.util.stream.Stream.of(o.parentId, o.successorId))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Organization> related =
                organizations.findByIds(relatedIds).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<OrganizationView> items = page.items().stream()
                .map(o -> mapper.view(
                        o, new OrganizationMapper.Related(related.get(o.parentId), related.get(o.successorId))))
                .toList();
        return new PageResult<>(
                items, page.page(), page.size(), page.totalItems(), page.totalPages(), page.totalExact(), page.next());
    }

    @Transactional
    public OrganizationView get(long id) {
        return view(find(id));
    }

    @Transactional
    public OrganizationView create(OrganizationInput input) {
        Organization organization = new Organization();
        apply(organization, input);
        organizations.persistAndFlush(organization);
        return view(organization);
    }

    @Transactional
    public OrganizationView update(long id, String ifMatch, OrganizationInput input) {
        Organization organization = find(id);
        ETags.requireMatch(ifMatch, organization.version);
        apply(organization, input);
        organizations.flush();
        return view(organization);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Organization organization = find(id);
        ETags.requireMatch(ifMatch, organization.version);
        tree.checkWrite(organization, organization.parentId, organization.countryCode);
        List<String> uses = new ArrayList<>();
        long children = organizations.countChildren(id);
        if (children > 0) {
            uses.add(children + " child organization" + (children == 1 ? "" : "s"));
        }
        long predecessors = organizations.count("successorId", id);
        if (predecessors > 0) {
            uses.add(predecessors + " unit" + (predecessors == 1 ? "" : "s") + " merged into it");
        }
        for (OrganizationReferences check : references) {
            String use = check.describeReferences(id);
            if (use != null) {
                uses.add(use);
            }
        }
        if (!uses.isEmpty()) {
            throw ProblemException.conflict("The organization is still referenced by " + String.join(", ", uses));
        }
        organizations.delete(organization);
        organizations.flush();
    }

    private void apply(Organization organization, OrganizationInput input) {
        String name = input.name().trim();
        organizations
                .findSame(name, input.countryCode(), input.type())
                .filter(other -> !other.id.equals(organization.id))
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            "organization-duplicate",
                            Map.of(
                                    "name",
                                    other.name,
                                    "type",
                                    other.type,
                                    "country",
                                    other.countryCode,
                                    "id",
                                    other.id),
                            "An organization named '" + other.name + "' of type " + other.type + " already exists in "
                                    + other.countryCode + " (id " + other.id + ")");
                });
        checkParent(organization.id, input.parentId());
        checkLifespan(organization.id, input);
        if (input.successorId() != null && !input.successorId().equals(organization.successorId)) {
            // A merger hands the unit's records to the successor's scope: only who may write both decides it.
            vn.diplomacy.common.Scope.writable(input.successorId(), "successorId");
        }
        tree.checkWrite(organization.id == null ? null : organization, input.parentId(), input.countryCode());
        mapper.apply(input, organization);
        organization.names = names(input.names());
        tree.place(organization);
    }

    /** Trimmed, each name once (the first language and kind given for it kept). */
    private static List<OrganizationDtos.OtherName> names(List<OrganizationDtos.OtherName> given) {
        Map<String, OrganizationDtos.OtherName> kept = new java.util.LinkedHashMap<>();
        for (OrganizationDtos.OtherName n : given == null ? List.<OrganizationDtos.OtherName>of() : given) {
            kept.putIfAbsent(
                    n.name().trim(), new OrganizationDtos.OtherName(n.name().trim(), n.language(), n.kind()));
        }
        return List.copyOf(kept.values());
    }

    private void checkParent(Long selfId, Long parentId) {
        Set<Long> seen = new HashSet<>();
        for (Long current = parentId; current != null; ) {
            if (current.equals(selfId)) {
                throw ProblemException.invalid("parentId", "would make the organization its own ancestor");
            }
            if (!seen.add(current)) {
                break;
            }
            Organization parent = organizations.findById(current);
            if (parent == null) {
                throw ProblemException.invalid("parentId", "organization " + current + " does not exist");
            }
            current = parent.parentId;
        }
    }

    /** A unit ends before it is merged, and a chain of mergers never leads back to where it started. */
    private void checkLifespan(Long selfId, OrganizationInput input) {
        if (input.validFrom() != null
                && input.validTo() != null
                && input.validTo().isBefore(input.validFrom())) {
            throw ProblemException.invalid("validTo", "must be on or after validFrom");
        }
        if (input.successorId() == null) {
            return;
        }
        if (input.validTo() == null) {
            throw ProblemException.invalid("validTo", "is needed with successorId: the day the unit ended");
        }
        Set<Long> seen = new HashSet<>();
        for (Long current = input.successorId(); current != null && seen.add(current); ) {
            if (current.equals(selfId)) {
                throw ProblemException.invalid("successorId", "would merge the organization into itself");
            }
            // A locking read sees the latest commit: two units merged into each other at once cannot both pass
            // (the second waits, or is a deadlock victim retried, and then sees the first's merger).
            List<?> next = organizations
                    .getEntityManager()
                    .createNativeQuery("select successor_id from organization where id = ?1 for update")
                    .setParameter(1, current)
                    .getResultList();
            if (next.isEmpty()) {
                throw ProblemException.invalid("successorId", "organization " + current + " does not exist");
            }
            current = next.get(0) == null ? null : ((Number) next.get(0)).longValue();
        }
    }

    private Organization find(long id) {
        return organizations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Organization", id));
    }

    private OrganizationView view(Organization o) {
        return mapper.view(
                o,
                new OrganizationMapper.Related(
                        o.parentId == null ? null : organizations.findById(o.parentId),
                        o.successorId == null ? null : organizations.findById(o.successorId)));
    }
}
