package vn.diplomacy.activity;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import vn.diplomacy.activity.ActivityDtos.ActivityInput;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.ClusterLock;
import vn.diplomacy.common.DemoFiles;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.partnership.Pillar;

/**
 * With APP_DEMO_DATA=true, the activities of {@code demo/activities.json}: Lai Châu's 17 people-to-people activities
 * of 2016 (the figure its yearly report opens with), Thừa Thiên Huế with Sê Kông and Salavan, Quảng Bình 2024, and
 * Hà Tĩnh's coming ones. Found again by title and start date on a restart.
 */
@ApplicationScoped
public class DemoActivities {
    private static final Logger LOG = Logger.getLogger(DemoActivities.class);

    private final ActivityRepository activities;
    private final ActivityService service;
    private final OrganizationRepository organizations;
    private final DemoFiles files;
    private final ClusterLock lock;
    private final boolean enabled;

    DemoActivities(
            ActivityRepository activities,
            ActivityService service,
            OrganizationRepository organizations,
            DemoFiles files,
            ClusterLock lock,
            AppConfig config) {
        this.activities = activities;
        this.service = service;
        this.organizations = organizations;
        this.files = files;
        this.lock = lock;
        this.enabled = config.demoData();
    }

    void onStart(@Observes @Priority(57) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d activities added", lock.startupStep(this::load));
        }
    }

    @Transactional
    public int load() {
        int added = 0;
        for (DemoActivityData.Item item :
                files.read("activities.json", DemoActivityData.class).activities()) {
            if (activities.count("title = ?1 and startDate = ?2", item.title(), item.startDate()) > 0) {
                continue;
            }
            Organization home = organizations
                    .findSame(item.home(), "VN", OrganizationType.LOCAL_GOVERNMENT)
                    .orElse(null);
            List<Long> partners = new ArrayList<>();
            for (DemoActivityData.Partner p : item.partners()) {
                organizations
                        .findSame(p.name(), p.country(), OrganizationType.LOCAL_GOVERNMENT)
                        .ifPresent(o -> partners.add(o.id));
            }
            if (home == null || partners.size() < item.partners().size()) {
                LOG.warnf("Demo activity %s skipped: its organizations are missing", item.title());
                continue;
            }
            Set<Pillar> pillars = new TreeSet<>(List.of(Pillar.PEOPLE));
            ActivityInput input = new ActivityInput(
                    item.kind(),
                    item.title(),
                    item.startDate(),
                    item.endDate(),
                    item.place(),
                    item.countryCode() == null ? "VN" : item.countryCode(),
                    home.id,
                    new TreeSet<>(partners),
                    null,
                    pillars,
                    null,
                    item.participantsVietnamese(),
                    item.participantsForeign(),
                    null,
                    null,
                    null,
                    item.outcome(),
                    item.status(),
                    item.cancellationReason(),
                    item.exchange(),
                    item.repatriation(),
                    item.twinningReview(),
                    item.conference());
            Activity activity = new Activity();
            service.fill(activity, input);
            activities.persistAndFlush(activity);
            added++;
        }
        return added;
    }
}
