package vn.diplomacy.notification;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class NotificationDtos {
    private NotificationDtos() {}

    @Schema(name = "Notification", description = "One reminder: what it is about, the record, the day that matters.")
    public record Notification(
            @Schema(
                    description = "Stable while the reminder holds (type, record, day): mark it read with it",
                    examples = "delegation-report-overdue:12:2026-11-28")
            String key,

            NotificationType type,

            @Schema(description = "The record's kind, as in the change feed", examples = "delegation")
            String recordKind,

            Long recordId,

            @Schema(description = "The record it belongs to (an agreement's partnership, a report's aid)")
            Long parentId,

            @Schema(examples = "Đoàn Sở Ngoại vụ Hà Tĩnh thăm tỉnh Bolikhamxay")
            String title,

            @Schema(description = "The day that matters: the due day, the expiry, the start")
            LocalDate dueOn,

            @Schema(description = "Days from today to dueOn (negative once past)")
            long days,

            boolean read) {}

    @Schema(name = "NotificationList", description = "The caller's reminders, the most urgent first.")
    public record NotificationList(
            List<Notification> items,
            @Schema(examples = "3") long unread) {}

    @Schema(name = "NotificationReadInput", description = "Reminders to mark read (their keys).")
    public record ReadInput(@NotEmpty @Size(max = 500) List<@NotNull @Size(min = 1, max = 200) String> keys) {}
}
