package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import vn.diplomacy.aid.DemoAidData.Lifecycle;
import vn.diplomacy.aid.DemoAidData.Party;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.workflow.Workflow;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;

/** Puts a demo aid at its step of the approval lifecycle, with its parties and the opinions asked. */
@ApplicationScoped
class DemoAidSteps {
    private final OrganizationRepository organizations;
    private final AidOpinionRepository opinions;
    private final Workflow workflow;
    private final AidReportSchedule schedule;
    private final AidProgressReportRepository reports;
    private final Today today;

    DemoAidSteps(
            OrganizationRepository organizations,
            AidOpinionRepository opinions,
            Workflow workflow,
            AidReportSchedule schedule,
            AidProgressReportRepository reports,
            Today today) {
        this.organizations = organizations;
        this.opinions = opinions;
        this.workflow = workflow;
        this.schedule = schedule;
        this.reports = reports;
        this.today = today;
    }

    /** Before the commitment is saved: its step, dates and parties. */
    void place(AidCommitment c, Lifecycle in, Map<String, Organization> byName) {
        if (in == null) {
            c.approvalStatus = c.approvalDecisionNo != null
                    ? AidApprovalStatus.recordedAs(c.status)
                    : AidApprovalStatus.DOSSIER_RECEIVED;
            if (c.approvalStatus == AidApprovalStatus.DOSSIER_RECEIVED) {
                c.dossierReceivedOn = c.commitmentDate;
            }
            return;
        }
        c.approvalStatus = in.step();
        c.dossierReceivedOn = in.dossierReceived();
        c.dossierCompleteOn = in.dossierComplete();
        if (in.decided() != null) {
            c.approvalDate = in.decided();
            c.approvingAuthority = in.authority();
        } else {
            c.approvalDecisionNo = null;
            c.approvalDate = null;
        }
        if (in.step() == AidApprovalStatus.REFUSED) {
            c.refusedOn = c.dossierCompleteOn.plusDays(15);
            c.refusalReason = in.reason();
        }
        if (in.step() == AidApprovalStatus.REVOKED) {
            c.revokedOn = c.approvalDate.plusMonths(2);
            c.revocationReason = in.reason();
        }
        if (in.step().activityStatus() != null) {
            c.status = in.step().activityStatus();
        }
        c.aidOwnerOrganizationId = party(in.aidOwner(), byName);
        c.implementingPartnerOrganizationId = party(in.implementingPartner(), byName);
    }

    /** After it is saved: its first recorded step and its opinions. */
    void record(AidCommitment c, Lifecycle in) {
        workflow.record(AidLifecycle.KIND, c.id, null, c.approvalStatus, "Dữ liệu mẫu");
        schedule.sync(c);
        // The owners sent their reports on time, but for the last two months: those are overdue or not yet due.
        for (AidProgressReport r : reports.list("commitmentId", c.id)) {
            if (r.dueOn.isBefore(today.date().minusMonths(2))
                    && (in == null || !Boolean.TRUE.equals(in.reportsMissing()))) {
                r.receivedOn = r.dueOn.minusDays(3);
            }
        }
        for (DemoAidData.Opinion o :
                in == null || in.opinions() == null ? List.<DemoAidData.Opinion>of() : in.opinions()) {
            AidOpinion opinion = new AidOpinion();
            opinion.commitmentId = c.id;
            opinion.agency = o.agency();
            opinion.agencyKind = o.kind();
            opinion.askedOn = o.asked();
            opinion.answeredOn = o.answered();
            opinion.verdict = o.verdict();
            opinion.answer = o.answer();
            opinions.persist(opinion);
        }
    }

    private Long party(Party p, Map<String, Organization> byName) {
        if (p == null) {
            return null;
        }
        Organization known = byName.get(p.name());
        if (known != null) {
            return known.id;
        }
        Organization o = organizations.findSame(p.name(), "VN", p.type()).orElseGet(() -> {
            Organization created = new Organization();
            created.name = p.name();
            created.type = p.type();
            created.countryCode = "VN";
            created.placeUnder(byName.get(p.under()));
            organizations.persist(created);
            return created;
        });
        byName.put(p.name(), o);
        return o.id;
    }
}
