package vn.diplomacy.partnership;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.DemoFiles;
import vn.diplomacy.common.Today;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;

/**
 * With APP_DEMO_DATA=true, the partnerships of the domain notes ({@code demo/partnerships.json}), after the demo organizations. A partnership is
 * found again by its pair, type and start date, an agreement by its code, so a restart adds nothing twice.
 */
@ApplicationScoped
public class DemoPartnerships {
    private static final Logger LOG = Logger.getLogger(DemoPartnerships.class);
    private static final OrganizationType LOCAL = OrganizationType.LOCAL_GOVERNMENT;

    private final PartnershipRepository partnerships;
    private final AgreementRepository agreements;
    private final OrganizationRepository organizations;
    private final Today today;
    private final DemoFiles files;
    private final boolean enabled;
    private int added;

    DemoPartnerships(
            PartnershipRepository partnerships,
            AgreementRepository agreements,
            OrganizationRepository organizations,
            Today today,
            DemoFiles files,
            AppConfig config) {
        this.files = files;
        this.partnerships = partnerships;
        this.agreements = agreements;
        this.organizations = organizations;
        this.today = today;
        this.enabled = config.demoData();
    }

    @jakarta.inject.Inject
    vn.diplomacy.common.ClusterLock lock;

    void onStart(@Observes @Priority(30) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d partnerships and agreements added", lock.startupStep(this::load));
        }
    }

    @Transactional
    public int load() {
        added = 0;
        DemoPartnershipData data = files.read("partnerships.json", DemoPartnershipData.class);
        if (data.homes().stream().anyMatch(name -> org(name, "VN") == null)) {
            LOG.warn("Demo partnerships skipped: the demo organizations are missing");
            return 0;
        }
        for (DemoPartnershipData.Entry e : data.partnerships()) {
            Partnership p = partnership(
                    org(e.home(), "VN"), org(e.partner().name(), e.partner().country()), e);
            for (DemoPartnershipData.Paper a :
                    e.agreements() == null ? List.<DemoPartnershipData.Paper>of() : e.agreements()) {
                agreement(p, a);
            }
        }
        return added;
    }

    private Organization org(String name, String country) {
        Organization o = organizations.findSame(name, country, LOCAL).orElse(null);
        if (o == null) {
            LOG.warnf("Demo organization %s (%s) is missing", name, country);
        }
        return o;
    }

    private Partnership partnership(Organization home, Organization partner, DemoPartnershipData.Entry e) {
        if (partner == null) {
            return null;
        }
        return partnerships
                .find(
                        "homeOrganizationId = ?1 and partnerOrganizationId = ?2 and type = ?3 and startDate = ?4",
                        home.id,
                        partner.id,
                        e.type(),
                        e.start())
                .firstResultOptional()
                .orElseGet(() -> {
                    Partnership p = new Partnership();
                    p.homeOrganizationId = home.id;
                    p.partnerOrganizationId = partner.id;
                    p.type = e.type();
                    p.pillars = EnumSet.copyOf(e.pillars());
                    p.fields = EnumSet.copyOf(e.fields());
                    p.title = home.localName + " – " + partner.name.replace(" Province", "");
                    p.startDate = e.start();
                    p.endDate = e.end();
                    p.description = e.description();
                    partnerships.persistAndFlush(p);
                    added++;
                    return p;
                });
    }

    /** An agreement's end is a date, or a number of days from today (a plan that is about to expire, whatever the day). */
    private void agreement(Partnership partnership, DemoPartnershipData.Paper in) {
        if (partnership == null
                || agreements.findByCode(partnership.id, in.code()).isPresent()) {
            return;
        }
        Agreement a = new Agreement();
        a.partnershipId = partnership.id;
        a.kind = in.kind();
        a.code = in.code();
        a.title = in.title();
        a.signedOn = in.signed();
        a.effectiveOn = in.effective();
        a.expiresOn = in.expiresInDays() != null ? today.date().plusDays(in.expiresInDays()) : in.expires();
        agreements.persistAndFlush(a);
        added++;
    }
}
