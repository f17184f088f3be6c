package vn.diplomacy.common.export;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

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
}
