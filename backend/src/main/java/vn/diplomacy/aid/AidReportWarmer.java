package vn.diplomacy.aid;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.ClusterLock;
import vn.diplomacy.common.PageParams;

/**
 * After aid or rates change, computes the reports offices open first (every grouping of everything, a year split by
 * sector) in the background, so that those answers come from the cache instead of a scan of every commitment.
 */
@ApplicationScoped
public class AidReportWarmer {
    private static final Logger LOG = Logger.getLogger(AidReportWarmer.class);

    private final AidReport report;
    private final AidDataVersions versions;
    private final ClusterLock lock;
    private final boolean enabled;
    private volatile long warmed = -1;

    AidReportWarmer(AidReport report, AidDataVersions versions, ClusterLock lock, AppConfig config) {
        this.report = report;
        this.lock = lock;
        this.versions = versions;
        this.enabled = config.aid().warmReports();
    }

    @Scheduled(
            every = "${app.aid.warm-every:10s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void warm() {
        if (enabled) {
            warmAlone();
        }
    }

    /**
     * One replica at a time: the others skip this round, and in their next one find the answers it filed in the
     * shared cache instead of computing them again. False when another replica was warming.
     */
    boolean warmAlone() {
        return lock.ifFree("aid-report-warmer", this::warmNow);
    }

    /** Computes the standard reports unless the data has not changed since the last time. */
    void warmNow() {
        long version = versions.current();
        if (version == warmed) {
            return;
        }
        long start = System.nanoTime();
        for (AidGroupBy groupBy : AidGroupBy.values()) {
            report.report(PageParams.of(Map.of()), new AidFilters(), AidReportQuery.of(groupBy.apiName, null), null);
        }
        report.report(PageParams.of(Map.of()), new AidFilters(), AidReportQuery.of("year", "sector"), null);
        warmed = version;
        LOG.debugf(
                "Aid reports computed ahead for data version %d in %d ms",
                version, (System.nanoTime() - start) / 1_000_000);
    }
}
