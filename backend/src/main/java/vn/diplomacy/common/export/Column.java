package vn.diplomacy.common.export;

/**
 * One column of an export. MONEY cells hold a {@link vn.diplomacy.common.Money} (formatted in its own currency) or a
 * BigDecimal in the column's currency; PERCENT cells hold a fraction (0.85 = 85 %).
 */
public record Column(String header, Kind kind, String currency) {
    public enum Kind {
        TEXT,
        INTEGER,
        DECIMAL,
        MONEY,
        DATE,
        PERCENT
    }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT, null);
    }

    public static Column integer(String header) {
        return new Column(header, Kind.INTEGER, null);
    }

    public static Column money(String header) {
        return new Column(header, Kind.MONEY, null);
    }

    public static Column money(String header, String currency) {
        return new Column(header, Kind.MONEY, currency);
    }

    public static Column date(String header) {
        return new Column(header, Kind.DATE, null);
    }

    public static Column percent(String header) {
        return new Column(header, Kind.PERCENT, null);
    }
}
