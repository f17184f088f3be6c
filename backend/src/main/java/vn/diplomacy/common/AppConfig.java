package vn.diplomacy.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Every setting of the app (`app.*` in application.properties, set from the environment), typed, in one place. */
@ConfigMapping(prefix = "app")
public interface AppConfig {
    @WithName("data-dir")
    Path dataDir();

    @WithName("demo-data")
    boolean demoData();

    /** Whether this replica brings the schema up to date at start (one at a time); false when a job does it. */
    @WithName("migrate-at-start")
    @WithDefault("true")
    boolean migrateAtStart();

    /** A migration job: bring the schema up to date (and run the start-up steps), then exit. */
    @WithName("migrate-only")
    @WithDefault("false")
    boolean migrateOnly();

    @WithName("time-zone")
    ZoneId timeZone();

    @WithName("admin-password")
    Optional<String> adminPassword();

    @WithName("admin-password-change-required")
    boolean adminPasswordChangeRequired();

    @WithName("public-base-url")
    Optional<String> publicBaseUrl();

    /** Reverse proxies whose X-Forwarded-For is believed; "none" for none. */
    @WithName("trusted-proxies")
    List<String> trustedProxies();

    @WithName("shutdown-timeout")
    Duration shutdownTimeout();

    Jwt jwt();

    Login login();

    Aid aid();

    Delegation delegation();

    Persons persons();

    Activities activities();

    /** QĐ 06/2020/QĐ-TTg on international conferences, and the congratulatory messages of the anniversaries. */
    interface Activities {
        /** Days before a conference by which the application is due when the Prime Minister permits it. */
        @WithName("conference-application-days-prime-minister")
        @WithDefault("40")
        int conferenceApplicationDaysPrimeMinister();

        /** The same for the other competent persons (ministers, provincial chairs). */
        @WithName("conference-application-days-other")
        @WithDefault("30")
        int conferenceApplicationDaysOther();

        /** Days after a conference within which its result report is due. */
        @WithName("conference-report-due-days")
        @WithDefault("15")
        int conferenceReportDueDays();

        /** Days before an anniversary by which its congratulatory message is due. */
        @WithName("message-due-days")
        @WithDefault("7")
        int messageDueDays();
    }

    interface Persons {
        /** The lowest role that reads and writes identity papers (VIEWER, EDITOR or ADMIN); every access is audited. */
        @WithName("identity-role")
        @WithDefault("EDITOR")
        String identityRole();
    }

    Http http();

    /** The largest request body but an attachment's upload. */
    @WithName("max-body-size")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    Attachments attachments();

    interface Attachments {
        /** The largest file; the HTTP body limit for uploads is this plus room for the form around it. */
        @WithName("max-bytes")
        io.quarkus.runtime.configuration.MemorySize maxBytes();
    }

    interface Jwt {
        String issuer();

        Duration lifetime();

        @WithName("private-key-file")
        Path privateKeyFile();

        @WithName("public-key-file")
        Path publicKeyFile();
    }

    interface Login {
        Duration window();

        @WithName("max-failures")
        int maxFailures();

        @WithName("max-failures-per-address")
        int maxFailuresPerAddress();

        @WithName("account-back-off-after")
        int accountBackOffAfter();

        @WithName("account-spacing")
        Duration accountSpacing();
    }

    interface Aid {
        @WithName("base-currency")
        String baseCurrency();

        @WithName("warm-reports")
        @WithDefault("true")
        boolean warmReports();

        /** The IATI organisation identifier of the office publishing the IATI file (reporting-org/@ref). */
        @WithName("iati-reporting-org-ref")
        String iatiReportingOrgRef();

        /** Its name, in the reporting-org narrative. */
        @WithName("iati-reporting-org-name")
        String iatiReportingOrgName();

        /** Its IATI organisation type code (10 government, 11 local government, 22 national NGO…). */
        @WithName("iati-reporting-org-type")
        @WithDefault("11")
        String iatiReportingOrgType();

        /** The aid owner's reports expected while aid is under way (half-yearly and yearly by default). */
        @WithName("progress-report-periods")
        @WithDefault("HALF_YEAR,YEAR")
        java.util.List<String> progressReportPeriods();

        /** Days after a period's end within which its report is due. */
        @WithName("progress-report-due-days")
        @WithDefault("15")
        int progressReportDueDays();
    }

    interface Delegation {
        /** Days after a delegation's end within which its written report is due (10–15 by the rules in force). */
        @WithName("report-due-days")
        @WithDefault("15")
        int reportDueDays();

        /** Days before the due day from which a report shows as due soon. */
        @WithName("report-due-soon-days")
        @WithDefault("3")
        int reportDueSoonDays();

        /** The approving authorities an office accepts on an APPROVED step (ApprovingAuthority names). */
        @WithName("approving-authorities")
        @WithDefault("PEOPLES_COMMITTEE,PARTY_STANDING_BOARD,DEPARTMENT_HEAD")
        java.util.List<String> approvingAuthorities();
    }

    /** Slow clients: a request's headers must arrive in time (see SlowClients). */
    interface Http {
        @WithName("header-timeout")
        @WithDefault("20s")
        Duration headerTimeout();
    }
}
