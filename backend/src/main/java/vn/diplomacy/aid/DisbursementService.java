package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.diplomacy.aid.AidDtos.DisbursementInput;
import vn.diplomacy.aid.AidDtos.DisbursementView;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.NestedRecordService;
import vn.diplomacy.common.NoFilters;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Where;

@ApplicationScoped
public class DisbursementService implements NestedRecordService<DisbursementInput, DisbursementView> {
    static final SortFields SORTABLE =
            ListQuery.sortable(AidDisbursement.class, "date", "amount", "createdAt", "updatedAt");

    private final AidMapper mapper;
    private final AidDisbursementRepository disbursements;
    private final AidCommitmentService commitments;
    private final AidConversions conversions;
    private final AidLifecycle lifecycle;

    DisbursementService(
            AidMapper mapper,
            AidDisbursementRepository disbursements,
            AidCommitmentService commitments,
            AidConversions conversions,
            AidLifecycle lifecycle) {
        this.mapper = mapper;
        this.disbursements = disbursements;
        this.commitments = commitments;
        this.conversions = conversions;
        this.lifecycle = lifecycle;
    }

    @Transactional
    public PageResult<DisbursementView> list(long commitmentId, PageParams params) {
        commitments.find(commitmentId);
        Filtered f = FilterSet.read(params, SORTABLE, NoFilters.UNSEARCHABLE);
        Where where = f.where().and("commitmentId = :commitmentId", "commitmentId", commitmentId);
        return PageResult.of(disbursements, where, f.list(), Function.identity())
                .map(views(commitmentId));
    }

    @Transactional
    public DisbursementView get(long commitmentId, long id) {
        return views(commitmentId).apply(find(commitmentId, id));
    }

    @Transactional
    public DisbursementView create(long commitmentId, DisbursementInput input) {
        lifecycle.requireApproved(commitments.find(commitmentId));
        AidDisbursement d = new AidDisbursement();
        d.commitmentId = commitmentId;
        apply(d, input);
        disbursements.persist(d);
        return saved(d);
    }

    @Transactional
    public DisbursementView update(long commitmentId, long id, String ifMatch, DisbursementInput input) {
        AidDisbursement d = find(commitmentId, id);
        ETags.requireMatch(ifMatch, d.version);
        apply(d, input);
        return saved(d);
    }

    @Transactional
    public void delete(long commitmentId, long id, String ifMatch) {
        AidDisbursement d = find(commitmentId, id);
        ETags.requireMatch(ifMatch, d.version);
        disbursements.delete(d);
        disbursements.flush();
        conversions.changed();
    }

    private DisbursementView saved(AidDisbursement d) {
        conversions.disbursement(d.id);
        conversions.changed();
        disbursements.getEntityManager().refresh(d);
        return views(d.commitmentId).apply(d);
    }

    private void apply(AidDisbursement d, DisbursementInput input) {
        mapper.apply(input, d);
    }

    private AidDisbursement find(long commitmentId, long id) {
        commitments.find(commitmentId);
        AidDisbursement d = disbursements.findById(id);
        if (d == null || d.commitmentId != commitmentId) {
            throw ProblemException.notFound("Disbursement", id);
        }
        return d;
    }

    private Function<AidDisbursement, DisbursementView> views(long commitmentId) {
        Map<Long, AidConversions.Converted> converted = conversions.disbursements(List.of(commitmentId)).stream()
                .collect(Collectors.toMap(AidConversions.Converted::id, Function.identity()));
        return d -> {
            AidConversions.Converted c = converted.get(d.id);
            Money inCommitment =
                    c == null || c.inCommitment() == null ? null : Money.of(c.inCommitment(), c.commitmentCurrency());
            Money inBase = d.amountBase == null ? null : Money.of(d.amountBase, conversions.base());
            return mapper.view(d, new AidMapper.Converted(inCommitment, inBase));
        };
    }
}
