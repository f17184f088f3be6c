package vn.diplomacy.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.NestedRecordService;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.Where;
import vn.diplomacy.partnership.PartnershipDtos.AgreementInput;
import vn.diplomacy.partnership.PartnershipDtos.AgreementView;

@ApplicationScoped
public class AgreementService implements NestedRecordService<AgreementInput, AgreementView> {
    static final SortFields SORTABLE = ListQuery.sortable(
            Agreement.class, "expiresOn", "code", "title", "kind", "signedOn", "effectiveOn", "createdAt", "updatedAt");
    public static final int MAX_EXPIRING_DAYS = 3650;

    private final PartnershipMapper mapper;
    private final AgreementRepository agreements;
    private final PartnershipRepository partnerships;
    private final PartnershipService partnershipService;
    private final Today today;

    AgreementService(
            PartnershipMapper mapper,
            AgreementRepository agreements,
            PartnershipRepository partnerships,
            PartnershipService partnershipService,
            Today today) {
        this.mapper = mapper;
        this.agreements = agreements;
        this.partnerships = partnerships;
        this.partnershipService = partnershipService;
        this.today = today;
    }

    /** One partnership's agreements. */
    @Transactional
    public PageResult<AgreementView> list(long partnershipId, PageParams params, AgreementFilters filters) {
        partnershipService.find(partnershipId);
        Filtered f = FilterSet.read(params, SORTABLE, filters);
        return page(f.where().and("partnershipId = :partnershipId", "partnershipId", partnershipId), f.list());
    }

    /** Agreements across all partnerships, e.g. those expiring within 90 days, so that offices renew in time. */
    @Transactional
    public PageResult<AgreementView> search(PageParams params, AgreementFilters.Search filters) {
        Filtered f = FilterSet.read(params, SORTABLE, filters);
        Integer days = f.value("expiringWithinDays");
        LocalDate now = today.date();
        if (days != null) {
            f.where()
                    .and("expiresOn >= :today", "today", now)
                    .and("expiresOn <= :horizon", "horizon", now.plusDays(days));
        }
        return page(f.where(), f.list());
    }

    @Transactional
    public AgreementView get(long partnershipId, long id) {
        return view(find(partnershipId, id));
    }

    @Transactional
    public AgreementView create(long partnershipId, AgreementInput input) {
        partnershipService.find(partnershipId);
        Agreement agreement = new Agreement();
        agreement.partnershipId = partnershipId;
        apply(agreement, input);
        agreements.persistAndFlush(agreement);
        return view(agreement);
    }

    @Transactional
    public AgreementView update(long partnershipId, long id, String ifMatch, AgreementInput input) {
        Agreement agreement = find(partnershipId, id);
        ETags.requireMatch(ifMatch, agreement.version);
        apply(agreement, input);
        agreements.flush();
        return view(agreement);
    }

    @Transactional
    public void delete(long partnershipId, long id, String ifMatch) {
        Agreement agreement = find(partnershipId, id);
        ETags.requireMatch(ifMatch, agreement.version);
        agreements.delete(agreement);
        agreements.flush();
    }

    private void apply(Agreement agreement, AgreementInput input) {
        String code = input.code().trim();
        agreements
                .findByCode(agreement.partnershipId, code)
                .filter(other -> !other.id.equals(agreement.id))
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            "agreement-duplicate-code",
                            Map.of("code", code),
                            "The partnership already has an agreement with code '" + code + "'");
                });
        mapper.apply(input, agreement);
    }

    private Agreement find(long partnershipId, long id) {
        partnershipService.find(partnershipId);
        return agreements
                .findInPartnership(partnershipId, id)
                .orElseThrow(() -> ProblemException.notFound("Agreement", id + " of partnership " + partnershipId));
    }

    private PageResult<AgreementView> page(Where where, ListQuery list) {
        PageResult<Agreement> page = PageResult.of(agreements, where, list, Function.identity());
        Map<Long, String> titles =
                titles(page.items().stream().map(a -> a.partnershipId).collect(Collectors.toSet()));
        return page.map(a -> view(a, titles.get(a.partnershipId)));
    }

    private Map<Long, String> titles(Set<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : partnerships.list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, p -> p.title));
    }

    private AgreementView view(Agreement a) {
        return view(a, titles(Set.of(a.partnershipId)).get(a.partnershipId));
    }

    private AgreementView view(Agreement a, String partnershipTitle) {
        Long days = a.expiresOn == null ? null : ChronoUnit.DAYS.between(today.date(), a.expiresOn);
        return mapper.view(a, partnershipTitle, days);
    }
}
