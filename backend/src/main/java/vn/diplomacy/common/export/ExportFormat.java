package vn.diplomacy.common.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import vn.diplomacy.common.ProblemException;

/** A download format chosen by {@code format=csv|xlsx} or, when that is absent, by the Accept header. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX(ExportFormat.XLSX_TYPE, "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final String contentType;
    final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** Empty means the usual JSON answer. An unknown {@code format} is a 400 rather than silently JSON. */
    public static Optional<ExportFormat> of(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase()) {
                case "json" -> Optional.empty();
                case "csv" -> Optional.of(CSV);
                case "xlsx" -> Optional.of(XLSX);
                default -> throw ProblemException.invalid("format", "must be one of json, csv, xlsx");
            };
        }
        if (headers == null) {
            return Optional.empty();
        }
        // The first acceptable type the caller lists wins; JSON (or */*) keeps the JSON answer.
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType()) {
                return Optional.empty();
            }
            String name = type.getType() + "/" + type.getSubtype();
            if (name.equals(CSV_TYPE)) {
                return Optional.of(CSV);
            }
            if (name.equals(XLSX_TYPE)) {
                return Optional.of(XLSX);
            }
        }
        return Optional.empty();
    }
}
