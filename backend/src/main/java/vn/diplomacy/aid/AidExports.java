package vn.diplomacy.aid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.diplomacy.aid.AidDtos.AidCommitmentView;
import vn.diplomacy.aid.AidReportDtos.CurrencyAmounts;
import vn.diplomacy.aid.AidReportDtos.Report;
import vn.diplomacy.aid.AidReportDtos.Row;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.export.Column;
import vn.diplomacy.common.export.ExportLanguage;
import vn.diplomacy.common.export.Table;

/** The aid list and report as export tables: the same figures the JSON answers carry. */
final class AidExports {
    private AidExports() {}

    private static String code(String groupBy, String key) {
        return groupBy.equals("sector") && key != null ? AidSector.valueOf(key).dacCode : key;
    }

    /** The group's name in the export's language: the SPA's words for statuses, kinds and sectors. */
    private static String label(String groupBy, Row row, ExportLanguage l) {
        return switch (groupBy) {
            case "status" -> l.label("aid", "statuses", row.key());
            case "kind" -> l.label("aid", "kinds", row.key());
            case "approvalStatus" -> l.label("aid", "lifecycle.steps", row.key());
            case "sector" -> l.label("aid", "sectors", row.key());
            case "donorCountry" -> l.country(row.key());
            default -> row.label();
        };
    }

    static Table list(Iterable<AidCommitmentView> items, List<String> filters, String base, ExportLanguage l) {
        List<Column> columns = List.of(
                Column.integer("ID"),
                Column.text(l.t("Tên dự án / khoản viện trợ", "Title")),
                Column.text(l.t("Nhà tài trợ", "Donor")),
                Column.text(l.t("Quốc gia tài trợ", "Donor country")),
                Column.text(l.t("Loại", "Kind")),
                Column.text(l.t("Lĩnh vực", "Sector")),
                Column.text("OECD-DAC"),
                Column.text(l.t("Địa phương thụ hưởng", "Beneficiary")),
                Column.date(l.t("Ngày cam kết", "Commitment date")),
                Column.date(l.t("Bắt đầu", "Start")),
                Column.date(l.t("Kết thúc", "End")),
                Column.text(l.t("Trạng thái", "Status")),
                Column.text(l.t("Quyết định phê duyệt", "Approval decision")),
                Column.date(l.t("Ngày phê duyệt", "Approval date")),
                Column.money(l.t("Cam kết", "Committed")),
                Column.text(l.t("Tiền tệ", "Currency")),
                Column.money(l.t("Cam kết quy đổi", "Committed in") + " " + base, base),
                Column.money(l.t("Đã giải ngân", "Disbursed to date")),
                Column.percent(l.t("Tỷ lệ giải ngân", "Disbursement rate")),
                Column.money(l.t("Vốn đối ứng", "Counterpart funding")),
                Column.text(l.t("Tiền tệ đối ứng", "Counterpart currency")),
                Column.text(l.t("Bước phê duyệt", "Approval step")),
                Column.text(l.t("Chủ khoản viện trợ", "Aid owner")),
                Column.text(l.t("Đối tác thực hiện", "Implementing partner")));
        // The totals row is read after the rows: it adds them up as they are written.
        Object[] totals = new Object[columns.size()];
        long[] count = {0};
        BigDecimal[] totalBase = {BigDecimal.ZERO};
        totals[16] = BigDecimal.ZERO;
        Iterable<List<Object>> rows = () -> java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .map(c -> {
                    count[0]++;
                    totals[1] = l.t("Tổng cộng", "Total") + " (" + count[0] + ")";
                    if (c.committedInBase() != null) {
                        totalBase[0] = totalBase[0].add(c.committedInBase().amount());
                        totals[16] = totalBase[0];
                    }
                    return Arrays.asList(
                            c.id(),
                            c.title(),
                            c.ngo() == null ? null : c.ngo().name(),
                            l.country(c.donorCountryCode()),
                            l.label("aid", "kinds", c.kind()),
                            l.label("aid", "sectors", c.sector()),
                            c.sectorDacCode(),
                            c.beneficiary() == null ? null : c.beneficiary().name(),
                            c.commitmentDate(),
                            c.startDate(),
                            c.endDate(),
                            l.label("aid", "statuses", c.status()),
                            c.approvalDecisionNo(),
                            c.approvalDate(),
                            c.committed(),
                            c.committed().currency(),
                            c.committedInBase() == null
                                    ? null
                                    : c.committedInBase().amount(),
                            c.disbursedToDate(),
                            c.disbursementRate(),
                            c.counterpartFunding(),
                            c.counterpartFunding() == null
                                    ? null
                                    : c.counterpartFunding().currency(),
                            l.label("aid", "lifecycle.steps", c.approvalStatus()),
                            c.aidOwner() == null ? null : c.aidOwner().name(),
                            c.implementingPartner() == null
                                    ? null
                                    : c.implementingPartner().name());
                })
                .iterator();
        totals[1] = l.t("Tổng cộng", "Total") + " (0)";
        return new Table(
                l.t("Cam kết viện trợ PCPNN", "Foreign-NGO aid commitments"),
                filterLines(filters, l),
                columns,
                rows,
                Arrays.asList(totals));
    }

    static Table report(Report report, ExportLanguage l) {
        String cur = report.currency();
        // One pair of original-currency columns for every currency that occurs anywhere in the report.
        Map<String, Boolean> currencies = new TreeMap<>();
        report.totals().byCurrency().forEach(a -> currencies.put(a.currency(), true));
        List<String> counterpartCurrencies = report.totals().counterpartFunding().stream()
                .map(Money::currency)
                .sorted()
                .toList();
        // A code column only where the code means something to a reader: an id, an ISO or a DAC code.
        String codeHeader = switch (report.groupBy()) {
            case "ngo", "beneficiary", "province" -> "ID";
            case "donorCountry" -> "ISO 3166";
            case "sector" -> "OECD-DAC";
            default -> null;
        };
        List<Column> columns = new ArrayList<>();
        if (codeHeader != null) {
            columns.add(Column.text(codeHeader));
        }
        columns.addAll(List.of(
                Column.text(l.label("aid", "report.groups", report.groupBy())),
                Column.integer(l.t("Số dự án", "Projects")),
                Column.money(l.t("Cam kết", "Committed") + " (" + cur + ")", cur),
                Column.money(l.t("Giải ngân", "Disbursed") + " (" + cur + ")", cur)));
        for (String code : currencies.keySet()) {
            columns.add(Column.money(l.t("Cam kết bằng ", "Committed in ") + code, code));
            columns.add(Column.money(l.t("Giải ngân bằng ", "Disbursed in ") + code, code));
        }
        for (String code : counterpartCurrencies) {
            columns.add(Column.money(l.t("Vốn đối ứng ", "Counterpart funding ") + code, code));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : report.rows()) {
            rows.add(cells(
                    codeHeader != null,
                    code(report.groupBy(), row.key()),
                    label(report.groupBy(), row, l),
                    row.projects(),
                    row.committed(),
                    row.disbursed(),
                    row.byCurrency(),
                    row.counterpartFunding(),
                    currencies,
                    counterpartCurrencies));
        }
        List<Object> totals = cells(
                codeHeader != null,
                null,
                l.t("Tổng cộng", "Total"),
                report.totals().projects(),
                report.totals().committed(),
                report.totals().disbursed(),
                report.totals().byCurrency(),
                report.totals().counterpartFunding(),
                currencies,
                counterpartCurrencies);
        List<String> lines = new ArrayList<>();
        lines.add(l.t("Nhóm theo: ", "Grouped by: ") + l.label("aid", "report.groups", report.groupBy()) + "; "
                + l.t("quy đổi sang ", "converted to ") + cur);
        lines.addAll(filterLines(report.filters(), l));
        lines.add(l.t("Tỷ giá đã dùng: ", "Exchange rates used: ")
                + report.ratesUsed().size() + "; "
                + l.t("khoản chưa quy đổi được (không có tỷ giá): ", "amounts not converted (no rate): ")
                + report.unconvertedCount());
        return new Table(l.t("Báo cáo viện trợ PCPNN", "Foreign-NGO aid report"), lines, columns, rows, totals);
    }

    private static List<Object> cells(
            boolean withCode,
            String key,
            String label,
            long projects,
            Money committed,
            Money disbursed,
            List<CurrencyAmounts> byCurrency,
            List<Money> counterpart,
            Map<String, Boolean> currencies,
            List<String> counterpartCurrencies) {
        List<Object> cells = new ArrayList<>();
        if (withCode) {
            cells.add(key);
        }
        cells.addAll(Arrays.asList(label, projects, committed.amount(), disbursed.amount()));
        for (String code : currencies.keySet()) {
            CurrencyAmounts a = byCurrency.stream()
                    .filter(x -> x.currency().equals(code))
                    .findFirst()
                    .orElse(null);
            cells.add(a == null || a.committed() == null ? null : a.committed());
            cells.add(a == null || a.disbursed() == null ? null : a.disbursed());
        }
        for (String code : counterpartCurrencies) {
            cells.add(counterpart.stream()
                    .filter(m -> m.currency().equals(code))
                    .findFirst()
                    .orElse(null));
        }
        return cells;
    }

    private static List<String> filterLines(List<String> filters, ExportLanguage l) {
        return List.of(l.t("Bộ lọc: ", "Filter: ")
                + (filters.isEmpty() ? l.t("không có", "none") : String.join(", ", filters)));
    }
}
