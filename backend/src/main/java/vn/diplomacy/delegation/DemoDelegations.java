package vn.diplomacy.delegation;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.DemoFiles;
import vn.diplomacy.common.workflow.Workflow;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.partnership.PartnershipRepository;

/**
 * With APP_DEMO_DATA=true: the delegations of the domain notes and a year of plausible ones across statuses
 * ({@code demo/delegations.json}), linked to their partnerships.
 * Fixed dates and titles, looked up before insertion, so a restart adds nothing twice.
 */
@ApplicationScoped
public class DemoDelegations {
    private static final Logger LOG = Logger.getLogger(DemoDelegations.class);

    private final DelegationRepository delegations;
    private final DelegationMemberRepository members;
    private final Workflow workflow;
    private final OrganizationRepository organizations;
    private final PartnershipRepository partnerships;
    private final DemoFiles files;
    private final boolean enabled;
    private int added;
    private final DelegationRules rules;

    DemoDelegations(
            DelegationRepository delegations,
            DelegationMemberRepository members,
            Workflow workflow,
            OrganizationRepository organizations,
            PartnershipRepository partnerships,
            DemoFiles files,
            AppConfig config,
            DelegationRules rules) {
        this.rules = rules;
        this.partnerships = partnerships;
        this.files = files;
        this.delegations = delegations;
        this.members = members;
        this.workflow = workflow;
        this.organizations = organizations;
        this.enabled = config.demoData();
    }

    @jakarta.inject.Inject
    vn.diplomacy.common.ClusterLock lock;

    void onStart(@Observes @Priority(40) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d delegations added", lock.startupStep(this::load));
        }
    }

    @Transactional
    public int load() {
        added = 0;
        DemoDelegationData data = files.read("delegations.json", DemoDelegationData.class);
        if (data.required().stream().anyMatch(o -> org(o) == null)) {
            LOG.warn("Demo delegations skipped: the demo organizations are missing");
            return 0;
        }
        for (DemoDelegationData.Visit v : data.delegations()) {
            Organization counterpart = org(v.counterpart());
            Organization home = org(v.home());
            if (counterpart != null && home != null) {
                add(v, counterpart, home);
            }
        }
        return added;
    }

    private Organization org(DemoDelegationData.Org o) {
        return organizations.findSame(o.name(), o.country(), o.type()).orElse(null);
    }

    private void add(DemoDelegationData.Visit v, Organization counterpart, Organization home) {
        if (delegations.count("title = ?1 and startDate = ?2", v.title(), v.start()) > 0) {
            return;
        }
        Delegation d = new Delegation();
        d.direction = v.direction();
        d.title = v.title();
        d.counterpartOrganizationId = counterpart.id;
        d.homeOrganizationId = home.id;
        // Linked when the demo partnerships are there (they load first at start-up; a test may load these alone).
        d.partnershipId = v.partnership() == null
                ? null
                : partnerships
                        .find("title", v.partnership())
                        .firstResultOptional()
                        .map(p -> p.id)
                        .orElse(null);
        d.countryCode = v.country();
        d.location = v.location();
        d.startDate = v.start();
        d.endDate = v.end();
        d.level = v.level();
        d.pillar = v.pillar();
        d.status = v.status();
        d.outcome = v.outcome();
        d.cancellationReason = v.cancellationReason();
        if (v.decision() != null) {
            d.decisionNumber = v.decision().number();
            d.decisionDate = v.decision().date();
            d.approvingAuthority = v.decision().authority();
        }
        d.invitationFrom = v.invitationFrom();
        d.invitationDate = v.invitationDate();
        d.fundingSource = v.fundingSource();
        d.inYearlyPlan = v.inYearlyPlan();
        rules.schedule(d);
        d.budgetAmount = v.budget() == null ? null : new BigDecimal(v.budget().amount());
        d.budgetCurrency = v.budget() == null ? null : v.budget().currency();
        List<DemoDelegationData.Member> people = v.members();
        d.memberCount = people.size();
        d.headName = people.stream()
                .filter(p -> p.role() == MemberRole.HEAD)
                .map(DemoDelegationData.Member::name)
                .findFirst()
                .orElse(null);
        delegations.persistAndFlush(d);
        for (int i = 0; i < people.size(); i++) {
            DelegationMember m = new DelegationMember();
            m.delegationId = d.id;
            m.positionIndex = i;
            m.fullName = people.get(i).name();
            m.position = people.get(i).position();
            m.organizationName = people.get(i).organization();
            m.role = people.get(i).role();
            members.persist(m);
        }
        DelegationStatus previous = null;
        for (DelegationStatus step : path(v.status())) {
            workflow.record(DelegationService.KIND, d.id, previous, step, null);
            previous = step;
        }
        added++;
    }

    private static List<DelegationStatus> path(DelegationStatus status) {
        return switch (status) {
            case PROPOSED -> List.of(DelegationStatus.PROPOSED);
            case APPROVED -> List.of(DelegationStatus.PROPOSED, DelegationStatus.APPROVED);
            case COMPLETED -> List.of(DelegationStatus.PROPOSED, DelegationStatus.APPROVED, DelegationStatus.COMPLETED);
            case CANCELLED -> List.of(DelegationStatus.PROPOSED, DelegationStatus.CANCELLED);
        };
    }
}
