package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.diplomacy.aid.AidDtos.AidCommitmentInput;
import vn.diplomacy.aid.AidDtos.AidCommitmentView;
import vn.diplomacy.aid.AidLifecycleDtos.AidTransitionRequest;
import vn.diplomacy.aid.AidLifecycleDtos.AidTransitionView;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordService;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.Unsearchable;
import vn.diplomacy.common.Views;
import vn.diplomacy.common.export.ExportParams;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationReferences;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.partnership.PartnershipReferences;

@ApplicationScoped
public class AidCommitmentService
        implements OrganizationReferences, PartnershipReferences, RecordService<AidCommitmentInput, AidCommitmentView> {
    static final SortFields SORTABLE = ListQuery.sortable(
            AidCommitment.class,
            "commitmentDate",
            "title",
            "committedAmount",
            "committedInBase=committedBase",
            "status",
            "sector",
            "createdAt",
            "updatedAt");
    /** Who may be the donor of foreign aid: foreign organizations of these kinds. */
    static final Set<OrganizationType> DONOR_TYPES = EnumSet.of(
            OrganizationType.INTERNATIONAL_NGO,
            OrganizationType.FOUNDATION,
            OrganizationType.MULTILATERAL,
            OrganizationType.EMBASSY,
            OrganizationType.GOVERNMENT_AGENCY,
            OrganizationType.PRIVATE_SECTOR,
            OrganizationType.ACADEMIC,
            OrganizationType.FRIENDSHIP_ASSOCIATION);

    static final String HOME_COUNTRY = "VN";

    private final AidMapper mapper;
    private final Links links;
    private final AidCommitmentRepository commitments;
    private final AidDisbursementRepository disbursements;
    private final AidConversions conversions;
    private final AidLifecycle lifecycle;
    private final Today today;

    AidCommitmentService(
            AidMapper mapper,
            Links links,
            AidCommitmentRepository commitments,
            AidDisbursementRepository disbursements,
            AidConversions conversions,
            AidLifecycle lifecycle,
            Today today) {
        this.mapper = mapper;
        this.links = links;
        this.commitments = commitments;
        this.disbursements = disbursements;
        this.conversions = conversions;
        this.lifecycle = lifecycle;
        this.today = today;
    }

    /** The list's own parameter beside the shared aid filters. */
    public static class ListOptions extends Unsearchable {
        @Filter(
                value = "c.committedCurrency = :currency",
                kind = Filter.Kind.CURRENCY,
                description = "The commitment's own currency (ISO 4217)",
                example = "USD")
        public String currency;

        /** AidCommitmentService adds the condition: it is counted from today. */
        @Filter(
                description = "Aid that needs attention now: APPRAISAL_OVERDUE (20 days after the dossier was"
                        + " complete), NOT_STARTED (approved over 6 months ago), EMERGENCY_OVERDUE (relief not carried"
                        + " out within 3 months)")
        public AidAlert alert;
    }

    Filtered filter(PageParams params, AidFilters filters, ListOptions options, ExportParams export) {
        Filtered f = FilterSet.read(params, SORTABLE, filters, options, export);
        AidAlert alert = f.value("alert");
        if (alert != null) {
            var condition = AidLifecycle.condition(alert, today.date());
            f.where().and(condition.getKey(), "alertDay", condition.getValue());
        }
        return f;
    }

    @Transactional
    public PageResult<AidCommitmentView> list(
            PageParams params, AidFilters filters, ListOptions options, ExportParams export) {
        Filtered filter = filter(params, filters, options, export);
        return PageResult.viewed(commitments, "from AidCommitment c", filter.where(), filter.list(), this::views);
    }

    /**
     * Every commitment the filter selects, in the list's order, read chunk by chunk as the export writes them; refused
     * (400) beyond {@code max} before anything is written.
     */
    public Iterable<AidCommitmentView> exported(Filtered filter, int max) {
        return PageResult.exported(commitments, "from AidCommitment c", filter, max, "commitments", this::viewed);
    }

    @Transactional
    public AidCommitmentView get(long id) {
        return Views.one(this::views, find(id));
    }

    @Transactional
    public AidCommitmentView create(AidCommitmentInput input) {
        AidCommitment c = new AidCommitment();
        apply(c, input);
        lifecycle.created(c, input);
        commitments.persist(c);
        lifecycle.recordCreated(c);
        return saved(c);
    }

    @Transactional
    public AidCommitmentView update(long id, String ifMatch, AidCommitmentInput input) {
        AidCommitment c = find(id);
        ETags.requireMatch(ifMatch, c.version);
        String decisionBefore = c.approvalDecisionNo;
        apply(c, input);
        lifecycle.updated(c, decisionBefore, input);
        return saved(c);
    }

    @Transactional
    public AidCommitmentView transition(long id, String ifMatch, AidTransitionRequest request) {
        AidCommitment c = find(id);
        ETags.requireMatch(ifMatch, c.version);
        lifecycle.apply(c, request);
        commitments.flush();
        return saved(c);
    }

    @Transactional
    public List<AidTransitionView> transitions(long id) {
        find(id);
        return lifecycle.history(id);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        AidCommitment c = find(id);
        ETags.requireMatch(ifMatch, c.version);
        long count = disbursements.count("commitmentId", id);
        if (count > 0) {
            throw ProblemException.conflict(
                    "commitment-has-disbursements",
                    Map.of("count", count),
                    "The commitment has " + count + " disbursement" + (count == 1 ? "" : "s") + "; delete them first");
        }
        lifecycle.forget(id);
        commitments.delete(c);
        commitments.flush();
        conversions.changed();
    }

    @Override
    public String describeReferences(long organizationId) {
        long count = commitments.count(
                "ngoId = ?1 or beneficiaryOrganizationId = ?1 or aidOwnerOrganizationId = ?1"
                        + " or implementingPartnerOrganizationId = ?1",
                organizationId);
        return count == 0 ? null : count + " aid commitment" + (count == 1 ? "" : "s");
    }

    @Override
    public String describePartnershipReferences(long partnershipId) {
        long count = commitments.count("partnershipId", partnershipId);
        return count == 0 ? null : count + " aid commitment" + (count == 1 ? "" : "s");
    }

    AidCommitment find(long id) {
        return Scope.readable(
                commitments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Aid commitment", id)));
    }

    private AidCommitmentView saved(AidCommitment c) {
        conversions.commitment(c.id);
        conversions.changed();
        commitments.getEntityManager().refresh(c);
        return Views.one(this::views, c);
    }

    private void apply(AidCommitment c, AidCommitmentInput input) {
        Links.Check check = links.check();
        Organization ngo = check.organization("ngoId", input.ngoId());
        if (ngo != null && (!DONOR_TYPES.contains(ngo.type) || HOME_COUNTRY.equals(ngo.countryCode))) {
            check.reject(
                    "ngoId",
                    "must be a foreign donor (an NGO, foundation, embassy, agency,"
                            + " multilateral or company outside Vietnam); " + ngo.name + " is " + ngo.type + " in "
                            + ngo.countryCode);
        }
        Organization beneficiary = check.home("beneficiaryOrganizationId", input.beneficiaryOrganizationId());
        if (beneficiary != null
                && (beneficiary.type != OrganizationType.LOCAL_GOVERNMENT
                        || !HOME_COUNTRY.equals(beneficiary.countryCode))) {
            check.reject(
                    "beneficiaryOrganizationId",
                    "must be a Vietnamese province, district or commune (LOCAL_GOVERNMENT in VN)");
        }
        check.partnership("partnershipId", input.partnershipId());
        Organization owner = check.organization("aidOwnerOrganizationId", input.aidOwnerOrganizationId());
        if (owner != null && !HOME_COUNTRY.equals(owner.countryCode)) {
            check.reject("aidOwnerOrganizationId", "must be a Vietnamese organization; " + owner.name + " is not");
        }
        check.organization("implementingPartnerOrganizationId", input.implementingPartnerOrganizationId());
        if (input.nonProjectForm() != null && input.kind() != AidKind.NON_PROJECT) {
            check.reject("nonProjectForm", "is for NON_PROJECT aid only");
        }
        check.done();
        mapper.apply(input, c);
        c.donorCountryCode = input.donorCountryCode() != null ? input.donorCountryCode() : ngo.countryCode;
    }

    /** The views of a chunk of commitments (one query per kind of reference). */
    List<AidCommitmentView> viewed(List<AidCommitment> items) {
        return items.stream().map(views(items)).toList();
    }

    private Function<AidCommitment, AidCommitmentView> views(List<AidCommitment> items) {
        Links.Loaded linked = links.load(
                items.stream()
                        .flatMap(c -> Stream.of(
                                c.ngoId,
                                c.beneficiaryOrganizationId,
                                c.aidOwnerOrganizationId,
                                c.implementingPartnerOrganizationId))
                        .toList(),
                items.stream().map(c -> c.partnershipId).toList());
        Map<Long, List<AidConversions.Converted>> paid = new HashMap<>();
        conversions
                .disbursements(items.stream().map(c -> c.id).toList())
                .forEach(d -> paid.computeIfAbsent(d.commitmentId(), k -> new ArrayList<>())
                        .add(d));
        return c -> {
            List<AidConversions.Converted> ds = paid.getOrDefault(c.id, List.of());
            BigDecimal sum = BigDecimal.ZERO;
            List<Money> unconverted = new ArrayList<>();
            for (AidConversions.Converted d : ds) {
                if (d.inCommitment() == null) {
                    unconverted.add(Money.of(d.amount(), d.currency()));
                } else {
                    sum = sum.add(d.inCommitment());
                }
            }
            Money disbursed = Money.of(sum, c.committedCurrency);
            BigDecimal rate = disbursed.amount().divide(c.committedAmount, 4, RoundingMode.HALF_EVEN);
            return mapper.view(
                    c,
                    linked,
                    conversions.base(),
                    new AidMapper.Lifecycle(lifecycle.allowed(c), lifecycle.alerts(c), AidLifecycle.appraisalDue(c)),
                    new AidMapper.Disbursed(
                            disbursed,
                            rate,
                            sum.compareTo(c.committedAmount) > 0,
                            ds.size(),
                            unconverted.isEmpty() ? null : unconverted));
        };
    }
}
