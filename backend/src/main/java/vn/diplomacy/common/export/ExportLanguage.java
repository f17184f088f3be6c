package vn.diplomacy.common.export;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import vn.diplomacy.common.Labels;

/** Headers of a download follow Accept-Language: English when asked for first, otherwise Vietnamese (the default). */
public record ExportLanguage(boolean english) {
    public static ExportLanguage of(HttpHeaders headers) {
        if (headers == null) {
            return new ExportLanguage(false);
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            if (locale.getLanguage().equals("en")) {
                return new ExportLanguage(true);
            }
            if (locale.getLanguage().equals("vi")) {
                return new ExportLanguage(false);
            }
        }
        return new ExportLanguage(false);
    }

    public String t(String vi, String en) {
        return english ? en : vi;
    }

    /**
     * A code as the screens name it: {@code label("aid", "statuses", AidStatus.CLOSED)} is "Đã kết thúc" or
     * "Closed"; the code itself only when the SPA has no word for it.
     */
    public String label(String namespace, String group, Object code) {
        if (code == null) {
            return null;
        }
        String key = code instanceof Enum<?> e ? e.name() : code.toString();
        String text = Labels.of(namespace, group + "." + key, english ? "en" : "vi");
        return text != null ? text : key;
    }

    /** A date as offices write it, dd/MM/yyyy (the cells of date columns are real dates; this is for text). */
    public String date(java.time.LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A country's name in the export's language ("Lào" / "Laos"). */
    public String country(String code) {
        return code == null ? null : new Locale("", code).getDisplayCountry(english ? Locale.ENGLISH : VIETNAMESE);
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
}
