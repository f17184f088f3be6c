package vn.diplomacy.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.ProblemType;
import vn.diplomacy.common.RecordService;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.Views;
import vn.diplomacy.common.Where;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationReferences;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipInput;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipView;

@ApplicationScoped
public class PartnershipService implements OrganizationReferences, RecordService<PartnershipInput, PartnershipView> {
    static final SortFields SORTABLE = ListQuery.sortable(
            Partnership.class,
            "startDate",
            "title",
            "endDate",
            "type",
            "status=" + PartnershipStatus.SORT_EXPRESSION,
            "createdAt",
            "updatedAt");

    private final PartnershipMapper mapper;
    private final PartnershipRepository partnerships;
    private final AgreementRepository agreements;
    private final Links links;
    private final Today today;
    private final Instance<PartnershipReferences> references;

    PartnershipService(
            PartnershipMapper mapper,
            PartnershipRepository partnerships,
            AgreementRepository agreements,
            Links links,
            Today today,
            Instance<PartnershipReferences> references) {
        this.mapper = mapper;
        this.partnerships = partnerships;
        this.agreements = agreements;
        this.links = links;
        this.today = today;
        this.references = references;
    }

    @Transactional
    public PageResult<PartnershipView> list(PageParams params, PartnershipFilters filters) {
        Filtered f = FilterSet.read(params, SORTABLE, filters);
        Where where = f.where();
        PartnershipStatus status = f.value("status");
        if (status != null) {
            where.and(status.condition(), "today", today.date());
        }
        return PageResult.viewed(partnerships, "", where, f.list(), this::views);
    }

    @Transactional
    public PartnershipView get(long id) {
        return Views.one(this::views, find(id));
    }

    @Transactional
    public PartnershipView create(PartnershipInput input) {
        Partnership partnership = new Partnership();
        apply(partnership, input);
        partnerships.persistAndFlush(partnership);
        return get(partnership.id);
    }

    @Transactional
    public PartnershipView update(long id, String ifMatch, PartnershipInput input) {
        Partnership partnership = find(id);
        ETags.requireMatch(ifMatch, partnership.version);
        apply(partnership, input);
        partnerships.flush();
        return get(id);
    }

    @Transactional
    public void delete(long id, String ifMatch, boolean cascade, boolean admin) {
        Partnership partnership = find(id);
        ETags.requireMatch(ifMatch, partnership.version);
        List<String> uses = new ArrayList<>();
        for (PartnershipReferences check : references) {
            String use = check.describePartnershipReferences(id);
            if (use != null) {
                uses.add(use);
            }
        }
        if (!uses.isEmpty()) {
            throw ProblemException.conflict("The partnership is still referenced by " + String.join(", ", uses));
        }
        long count = agreements.countFor(id);
        if (count > 0 && !cascade) {
            throw ProblemException.conflict(
                    "partnership-has-agreements",
                    Map.of("count", count),
                    "The partnership has " + count + " agreement" + (count == 1 ? "" : "s")
                            + "; delete them first, or ask an ADMIN to delete with ?cascade=true");
        }
        if (count > 0 && !admin) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Only an ADMIN may delete a partnership with its agreements");
        }
        agreements.deleteFor(id);
        partnerships.delete(partnership);
        partnerships.flush();
    }

    @Transactional
    public List<Long> agreementIds(long id) {
        return agreements.idsFor(id);
    }

    @Override
    public String describeReferences(long organizationId) {
        long count = partnerships.countForOrganization(organizationId);
        return count == 0 ? null : count + " partnership" + (count == 1 ? "" : "s");
    }

    Partnership find(long id) {
        return Scope.readable(
                partnerships.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Partnership", id)));
    }

    private void apply(Partnership partnership, PartnershipInput input) {
        Links.Check check = links.check();
        Organization home = check.home("homeOrganizationId", input.homeOrganizationId());
        Organization partner = check.organization("partnerOrganizationId", input.partnerOrganizationId());
        check.done();
        partnerships
                .findOverlapping(partnership.id, home.id, partner.id, input.type(), input.startDate(), input.endDate())
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            "partnership-overlap",
                            Map.of("id", other.id, "title", other.title),
                            "Partnership " + other.id + " (" + other.title + ") already links these organizations as "
                                    + other.type + " over overlapping dates");
                });
        mapper.apply(input, partnership);
        partnership.pillars = EnumSet.copyOf(input.pillars());
        partnership.fields = input.fields() == null || input.fields().isEmpty()
                ? EnumSet.noneOf(CooperationField.class)
                : EnumSet.copyOf(input.fields());
        partnership.title = input.title() == null || input.title().isBlank()
                ? shortName(home) + " – " + shortName(partner)
                : input.title().trim();
        partnership.suspended = Boolean.TRUE.equals(input.suspended());
    }

    /**
     * The local name when it is written in Latin letters ("Hà Tĩnh" rather than "Ủy ban nhân dân tỉnh Hà Tĩnh");
     * a Lao or Chinese local name would not be readable by every user, so the registry name is used then.
     */
    private static String shortName(Organization o) {
        return o.localName != null
                        && !o.localName.isBlank()
                        && SearchText.fold(o.localName).chars().allMatch(c -> c < 0x250)
                ? o.localName
                : o.name;
    }

    private Function<Partnership, PartnershipView> views(List<Partnership> items) {
        Links.Loaded linked = links.load(
                items.stream()
                        .flatMap(p -> Stream.of(p.homeOrganizationId, p.partnerOrganizationId))
                        .toList(),
                List.of());
        Map<Long, Long> counts =
                agreements.countsFor(items.stream().map(p -> p.id).toList());
        LocalDate now = today.date();
        return p -> mapper.view(p, linked, counts.getOrDefault(p.id, 0L), now);
    }
}
