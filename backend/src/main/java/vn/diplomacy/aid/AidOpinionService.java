package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import vn.diplomacy.aid.AidLifecycleDtos.AidOpinionInput;
import vn.diplomacy.aid.AidLifecycleDtos.AidOpinionView;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.NestedRecordService;
import vn.diplomacy.common.NoFilters;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Where;

/** The opinions asked on an aid dossier, each with its answer once it came. */
@ApplicationScoped
public class AidOpinionService implements NestedRecordService<AidOpinionInput, AidOpinionView> {
    static final SortFields SORTABLE =
            ListQuery.sortable(AidOpinion.class, "askedOn", "answeredOn", "agency", "createdAt", "updatedAt");

    private final AidOpinionRepository opinions;
    private final AidCommitmentService commitments;

    AidOpinionService(AidOpinionRepository opinions, AidCommitmentService commitments) {
        this.opinions = opinions;
        this.commitments = commitments;
    }

    @Transactional
    public PageResult<AidOpinionView> list(long commitmentId, PageParams params) {
        commitments.find(commitmentId);
        Filtered f = FilterSet.read(params, SORTABLE, NoFilters.UNSEARCHABLE);
        Where where = f.where().and("commitmentId = :commitmentId", "commitmentId", commitmentId);
        return PageResult.of(opinions, where, f.list(), Function.identity()).map(AidOpinionService::view);
    }

    @Transactional
    public AidOpinionView get(long commitmentId, long id) {
        return view(find(commitmentId, id));
    }

    @Transactional
    public AidOpinionView create(long commitmentId, AidOpinionInput input) {
        commitments.find(commitmentId);
        AidOpinion o = new AidOpinion();
        o.commitmentId = commitmentId;
        apply(o, input);
        opinions.persistAndFlush(o);
        return view(o);
    }

    @Transactional
    public AidOpinionView update(long commitmentId, long id, String ifMatch, AidOpinionInput input) {
        AidOpinion o = find(commitmentId, id);
        ETags.requireMatch(ifMatch, o.version);
        apply(o, input);
        opinions.flush();
        return view(o);
    }

    @Transactional
    public void delete(long commitmentId, long id, String ifMatch) {
        AidOpinion o = find(commitmentId, id);
        ETags.requireMatch(ifMatch, o.version);
        opinions.delete(o);
        opinions.flush();
    }

    private static void apply(AidOpinion o, AidOpinionInput input) {
        if (input.answeredOn() != null && input.verdict() == null) {
            throw ProblemException.invalid("verdict", "is required once the opinion was answered (answeredOn)");
        }
        if (input.answeredOn() == null && input.verdict() != null) {
            throw ProblemException.invalid("answeredOn", "is required with a verdict");
        }
        o.agency = input.agency().trim();
        o.agencyKind = input.agencyKind();
        o.askedOn = input.askedOn();
        o.answeredOn = input.answeredOn();
        o.verdict = input.verdict();
        o.answer = input.answer() == null || input.answer().isBlank()
                ? null
                : input.answer().trim();
    }

    private AidOpinion find(long commitmentId, long id) {
        commitments.find(commitmentId);
        AidOpinion o = opinions.findById(id);
        if (o == null || o.commitmentId != commitmentId) {
            throw ProblemException.notFound("Opinion", id);
        }
        return o;
    }

    private static AidOpinionView view(AidOpinion o) {
        return new AidOpinionView(
                o.id,
                o.commitmentId,
                o.agency,
                o.agencyKind,
                o.askedOn,
                o.answeredOn,
                o.verdict,
                o.answer,
                o.createdAt,
                o.createdBy,
                o.updatedAt,
                o.updatedBy,
                o.version);
    }
}
