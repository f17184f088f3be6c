package vn.diplomacy.stay;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.ClusterLock;
import vn.diplomacy.common.DemoFiles;
import vn.diplomacy.common.Gender;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.person.Person;
import vn.diplomacy.person.PersonRepository;

/**
 * With APP_DEMO_DATA=true, the stays of {@code demo/stays.json}: Lao students in Hà Tĩnh and KOICA volunteers in Lai
 * Châu, each with the person it names. Found again by person and start date on a restart.
 */
@ApplicationScoped
public class DemoStays {
    private static final Logger LOG = Logger.getLogger(DemoStays.class);

    /** The shape of {@code demo/stays.json}: the office by name, the person in full, the rest as the API takes it. */
    record Data(List<Item> stays) {}

    record Item(
            String home,
            String fullName,
            String passportName,
            Gender gender,
            String nationality,
            StayKind kind,
            String hostName,
            String programme,
            String sponsor,
            String fieldOfStudy,
            LocalDate startDate,
            LocalDate endDate,
            StayStatus status,
            String statusReason) {}

    private final StayRepository stays;
    private final PersonRepository persons;
    private final OrganizationRepository organizations;
    private final DemoFiles files;
    private final ClusterLock lock;
    private final boolean enabled;

    DemoStays(
            StayRepository stays,
            PersonRepository persons,
            OrganizationRepository organizations,
            DemoFiles files,
            ClusterLock lock,
            AppConfig config) {
        this.stays = stays;
        this.persons = persons;
        this.organizations = organizations;
        this.files = files;
        this.lock = lock;
        this.enabled = config.demoData();
    }

    void onStart(@Observes @Priority(58) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d stays added", lock.startupStep(this::load));
        }
    }

    @Transactional
    public int load() {
        int added = 0;
        for (Item item : files.read("stays.json", Data.class).stays()) {
            Organization home = organizations
                    .findSame(item.home(), "VN", OrganizationType.LOCAL_GOVERNMENT)
                    .orElse(null);
            if (home == null) {
                LOG.warnf("Demo stay of %s skipped: %s is missing", item.fullName(), item.home());
                continue;
            }
            Person person = persons.find("fullName = ?1 and homeOrganizationId = ?2", item.fullName(), home.id)
                    .firstResultOptional()
                    .orElse(null);
            if (person == null) {
                person = new Person();
                person.fullName = item.fullName();
                person.passportName = item.passportName();
                person.gender = item.gender();
                person.nationality = item.nationality();
                person.homeOrganizationId = home.id;
                persons.persist(person);
            }
            if (stays.count("personId = ?1 and startDate = ?2", person.id, item.startDate()) > 0) {
                continue;
            }
            Stay stay = new Stay();
            stay.personId = person.id;
            stay.homeOrganizationId = home.id;
            stay.kind = item.kind();
            stay.hostName = item.hostName();
            stay.programme = item.programme();
            stay.sponsor = item.sponsor();
            stay.fieldOfStudy = item.fieldOfStudy();
            stay.startDate = item.startDate();
            stay.endDate = item.endDate();
            stay.status = item.status();
            stay.statusReason = item.statusReason();
            stays.persistAndFlush(stay);
            added++;
        }
        return added;
    }
}
