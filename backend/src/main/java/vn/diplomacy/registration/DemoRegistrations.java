package vn.diplomacy.registration;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.ClusterLock;
import vn.diplomacy.common.DemoFiles;
import vn.diplomacy.common.Today;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.registration.DemoRegistrationData.Certificate;

/**
 * With APP_DEMO_DATA=true, the registration certificates of the demo aid's NGOs ({@code demo/registrations.json}):
 * in force, one expiring within 60 days, one expired, one renewed. Found again by kind and number on a restart.
 */
@ApplicationScoped
public class DemoRegistrations {
    private static final Logger LOG = Logger.getLogger(DemoRegistrations.class);

    private final NgoRegistrationRepository registrations;
    private final OrganizationRepository organizations;
    private final DemoFiles files;
    private final ClusterLock lock;
    private final Today today;
    private final boolean enabled;

    DemoRegistrations(
            NgoRegistrationRepository registrations,
            OrganizationRepository organizations,
            DemoFiles files,
            ClusterLock lock,
            Today today,
            AppConfig config) {
        this.registrations = registrations;
        this.organizations = organizations;
        this.files = files;
        this.lock = lock;
        this.today = today;
        this.enabled = config.demoData();
    }

    void onStart(@Observes @Priority(55) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d NGO registrations added", lock.startupStep(this::load));
        }
    }

    @Transactional
    public int load() {
        DemoRegistrationData data = files.read("registrations.json", DemoRegistrationData.class);
        int added = 0;
        for (Certificate c : data.certificates()) {
            if (registrations.findByNumber(c.kind(), c.number()).isPresent()) {
                continue;
            }
            Organization ngo = organizations
                    .findSame(c.ngo(), c.country(), OrganizationType.INTERNATIONAL_NGO)
                    .orElse(null);
            Organization home = province(c.home());
            if (ngo == null || home == null) {
                LOG.warnf("Demo registration %s skipped: its organizations are missing", c.number());
                continue;
            }
            NgoRegistration r = new NgoRegistration();
            r.ngoId = ngo.id;
            r.homeOrganizationId = home.id;
            r.kind = c.kind();
            r.number = c.number();
            r.issuedBy = data.issuedBy();
            r.validUntil = c.expiresInDays() != null ? today.date().plusDays(c.expiresInDays()) : c.validUntil();
            r.issuedOn = c.issuedOn() != null
                    ? c.issuedOn()
                    : r.validUntil.minusYears(3).plusDays(1);
            r.permittedProvinceIds = new TreeSet<>();
            c.provinces().stream()
                    .map(this::province)
                    .filter(java.util.Objects::nonNull)
                    .forEach(p -> r.permittedProvinceIds.add(p.id));
            r.permittedFields = EnumSet.copyOf(c.fields());
            if (c.representative() != null) {
                r.representativeName = c.representative().name();
                r.representativeNationality = c.representative().nationality();
                r.representativeContact = c.representative().contact();
            }
            r.plan = c.plan();
            r.notes = c.notes();
            r.renewsId = c.renews() == null
                    ? null
                    : registrations
                            .findByNumber(c.kind(), c.renews())
                            .map(e -> e.id)
                            .orElse(null);
            registrations.persistAndFlush(r);
            added++;
        }
        return added;
    }

    private Organization province(String name) {
        return organizations
                .findSame(name, "VN", OrganizationType.LOCAL_GOVERNMENT)
                .orElse(null);
    }
}
