package vn.diplomacy.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CalendarFile.Event;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.Where;

/**
 * The recurring occasions offices send congratulatory messages for: the partner countries' national days and new
 * years, diplomatic-relation and treaty anniversaries, and each partnership's anniversary from its start date.
 * Countries are those of the partners of the caller's partnerships; round years (every 5th) are marked.
 */
@ApplicationScoped
public class Anniversaries {
    static final int MAX_DAYS = 731;

    public enum Occasion {
        NATIONAL_DAY,
        NEW_YEAR,
        DIPLOMATIC_RELATIONS,
        TREATY,
        PARTNERSHIP
    }

    /** A fixed-date occasion of a country, counted in years from {@code since}. */
    private record Fixed(String country, Occasion occasion, MonthDay day, int since, String title) {}

    private static final List<Fixed> FIXED = List.of(
            new Fixed("LA", Occasion.NATIONAL_DAY, MonthDay.of(12, 2), 1975, "Quốc khánh nước CHDCND Lào"),
            new Fixed("LA", Occasion.NEW_YEAR, MonthDay.of(4, 14), 0, "Tết cổ truyền Bunpimay của Lào"),
            new Fixed(
                    "LA",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(9, 5),
                    1962,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Lào"),
            new Fixed(
                    "LA",
                    Occasion.TREATY,
                    MonthDay.of(7, 18),
                    1977,
                    "Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào"),
            new Fixed("KH", Occasion.NATIONAL_DAY, MonthDay.of(11, 9), 1953, "Quốc khánh Vương quốc Campuchia"),
            new Fixed("KH", Occasion.NEW_YEAR, MonthDay.of(4, 14), 0, "Tết cổ truyền Chol Chnam Thmey của Campuchia"),
            new Fixed(
                    "KH",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(6, 24),
                    1967,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Campuchia"),
            new Fixed("CN", Occasion.NATIONAL_DAY, MonthDay.of(10, 1), 1949, "Quốc khánh nước CHND Trung Hoa"),
            new Fixed(
                    "CN",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(1, 18),
                    1950,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Trung Quốc"),
            new Fixed("TH", Occasion.NATIONAL_DAY, MonthDay.of(12, 5), 0, "Quốc khánh Vương quốc Thái Lan"),
            new Fixed(
                    "TH",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(8, 6),
                    1976,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Thái Lan"),
            new Fixed("KR", Occasion.NATIONAL_DAY, MonthDay.of(10, 3), 0, "Ngày Lập quốc Hàn Quốc"),
            new Fixed(
                    "KR",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(12, 22),
                    1992,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Hàn Quốc"),
            new Fixed("JP", Occasion.NATIONAL_DAY, MonthDay.of(2, 23), 0, "Quốc khánh Nhật Bản"),
            new Fixed(
                    "JP",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(9, 21),
                    1973,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Nhật Bản"),
            new Fixed("RU", Occasion.NATIONAL_DAY, MonthDay.of(6, 12), 0, "Ngày nước Nga"),
            new Fixed(
                    "RU",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(1, 30),
                    1950,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Liên bang Nga"),
            new Fixed("CU", Occasion.NATIONAL_DAY, MonthDay.of(1, 1), 1959, "Ngày Chiến thắng của Cách mạng Cuba"),
            new Fixed(
                    "CU",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(12, 2),
                    1960,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Cuba"),
            new Fixed("US", Occasion.NATIONAL_DAY, MonthDay.of(7, 4), 1776, "Quốc khánh Hoa Kỳ"),
            new Fixed(
                    "US",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(7, 12),
                    1995,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Hoa Kỳ"),
            new Fixed("FR", Occasion.NATIONAL_DAY, MonthDay.of(7, 14), 0, "Quốc khánh Cộng hòa Pháp"),
            new Fixed(
                    "FR",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(4, 12),
                    1973,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Pháp"),
            new Fixed("DE", Occasion.NATIONAL_DAY, MonthDay.of(10, 3), 1990, "Ngày Thống nhất nước Đức"),
            new Fixed(
                    "DE",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(9, 23),
                    1975,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Đức"),
            new Fixed("AU", Occasion.NATIONAL_DAY, MonthDay.of(1, 26), 0, "Quốc khánh Australia"),
            new Fixed(
                    "AU",
                    Occasion.DIPLOMATIC_RELATIONS,
                    MonthDay.of(2, 26),
                    1973,
                    "Ngày thiết lập quan hệ ngoại giao Việt Nam – Australia"));

    @Schema(name = "Anniversary")
    public record Entry(
            @Schema(examples = "2026-12-02") LocalDate date,
            Occasion occasion,
            @Schema(examples = "Quốc khánh nước CHDCND Lào") String title,
            @Schema(examples = "LA") String countryCode,

            @Schema(description = "Years since the first one (null when not counted)", examples = "51")
            Integer years,

            @Schema(description = "A round anniversary (every 5th year): celebrated more widely")
            boolean roundYear,

            @Schema(description = "The day by which the congratulatory message is due")
            LocalDate messageDueOn,

            @Schema(description = "The partnership whose anniversary it is")
            Long partnershipId) {}

    private final EntityManager em;
    private final Today today;
    private final ActivityRules rules;

    Anniversaries(EntityManager em, Today today, ActivityRules rules) {
        this.em = em;
        this.today = today;
        this.rules = rules;
    }

    /** The occasions from {@code from} to {@code to} (both included; today and a year on by default), by date. */
    @Transactional
    public List<Entry> between(LocalDate from, LocalDate to) {
        LocalDate first = from == null ? today.date() : from;
        LocalDate last = to == null ? first.plusYears(1).minusDays(1) : to;
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw ProblemException.invalid("to", "at most " + MAX_DAYS + " days after from");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> countries = new TreeSet<>();
        Where where = scoped(new Where().and("p.startDate is not null"));
        var q = em.createQuery(
                "select p.id, p.title, p.startDate, o.countryCode from Partnership p, Organization o"
                        + " where o.id = p.partnerOrganizationId and " + where.jpql(),
                Object[].class);
        where.params().forEach(q::setParameter);
        for (Object[] r : q.getResultList()) {
            String country = (String) r[3];
            if (country != null && !country.equals("VN")) {
                countries.add(country);
            }
            LocalDate start = (LocalDate) r[2];
            for (int year = first.getYear(); year <= last.getYear(); year++) {
                LocalDate day = on(MonthDay.from(start), year);
                int years = year - start.getYear();
                if (years > 0 && !day.isBefore(first) && !day.isAfter(last)) {
                    entries.add(entry(
                            day, Occasion.PARTNERSHIP, "Kỷ niệm " + years + " năm: " + r[1], country, years, (Long)
                                    r[0]));
                }
            }
        }
        for (Fixed f : FIXED) {
            if (!countries.contains(f.country())) {
                continue;
            }
            for (int year = first.getYear(); year <= last.getYear(); year++) {
                LocalDate day = on(f.day(), year);
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    Integer years = f.since() == 0 ? null : year - f.since();
                    entries.add(entry(day, f.occasion(), f.title(), f.country(), years, null));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::date).thenComparing(Entry::title));
        return entries;
    }

    /** The occasions as calendar events, each with an alarm on the day its message is due. */
    @Transactional
    public List<Event> events(LocalDate from, LocalDate to) {
        Duration alarm = Duration.ofDays(rules.messageDueDays());
        return between(from, to).stream()
                .map(e -> new Event(
                        "anniversary-" + e.occasion() + "-"
                                + (e.partnershipId() == null ? e.countryCode() : e.partnershipId()) + "-" + e.date()
                                + "@diplomacy",
                        e.date(),
                        e.date(),
                        e.title() + (e.years() == null ? "" : " (" + e.years() + " năm)"),
                        "Gửi điện, thư chúc mừng trước "
                                + e.messageDueOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        null,
                        "ANNIVERSARY",
                        false,
                        null,
                        alarm))
                .toList();
    }

    private Entry entry(
            LocalDate day, Occasion occasion, String title, String country, Integer years, Long partnership) {
        boolean round = years != null && years > 0 && years % 5 == 0;
        return new Entry(
                day, occasion, title, country, years, round, day.minusDays(rules.messageDueDays()), partnership);
    }

    /** 29 February falls on the 28th in other years. */
    private static LocalDate on(MonthDay day, int year) {
        try {
            return day.atYear(year);
        } catch (DateTimeException e) {
            return LocalDate.of(year, day.getMonthValue(), 28);
        }
    }

    private static Where scoped(Where where) {
        Scope scope = Scope.current();
        return scope == null ? where : scope.restrict(where, "p.homeOrganizationId", "false");
    }
}
