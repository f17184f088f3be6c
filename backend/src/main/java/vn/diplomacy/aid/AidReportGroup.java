package vn.diplomacy.aid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.diplomacy.aid.AidReportDtos.CurrencyAmounts;
import vn.diplomacy.common.Money;

/** Sums of one group of an aid report, exact until the end, where they are rounded to the currency's digits. */
final class AidReportGroup {
    final String key;
    long projects;
    BigDecimal committed = BigDecimal.ZERO;
    BigDecimal disbursed = BigDecimal.ZERO;
    final Map<String, Original> originals = new TreeMap<>();
    final Map<String, BigDecimal> counterpart = new TreeMap<>();

    AidReportGroup(String key) {
        this.key = key;
    }

    Original currency(String code) {
        return originals.computeIfAbsent(code, c -> new Original());
    }

    void add(AidReportGroup other) {
        projects += other.projects;
        committed = committed.add(other.committed);
        disbursed = disbursed.add(other.disbursed);
        other.originals.forEach((code, o) -> {
            Original mine = currency(code);
            mine.projects += o.projects;
            mine.committed = o.committed == null
                    ? mine.committed
                    : (mine.committed == null ? o.committed : mine.committed.add(o.committed));
            mine.disbursed = o.disbursed == null
                    ? mine.disbursed
                    : (mine.disbursed == null ? o.disbursed : mine.disbursed.add(o.disbursed));
        });
        other.counterpart.forEach((code, amount) -> counterpart.merge(code, amount, BigDecimal::add));
    }

    List<CurrencyAmounts> byCurrency() {
        List<CurrencyAmounts> result = new ArrayList<>();
        originals.forEach((code, o) -> result.add(new CurrencyAmounts(
                code,
                o.projects,
                o.committed == null ? null : Money.of(o.committed, code),
                o.disbursed == null ? null : Money.of(o.disbursed, code))));
        return result;
    }

    List<Money> counterpartList() {
        List<Money> result = new ArrayList<>();
        counterpart.forEach((code, amount) -> result.add(Money.of(amount, code)));
        return result;
    }

    static final class Original {
        long projects;
        BigDecimal committed;
        BigDecimal disbursed;
    }
}
