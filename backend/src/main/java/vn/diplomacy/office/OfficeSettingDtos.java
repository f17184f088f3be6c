package vn.diplomacy.office;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OfficeSettingDtos {
    private OfficeSettingDtos() {}

    @Schema(
            name = "OfficeSettingsInput",
            description = "An office's own settings; null returns a value to the one above.")
    public record Input(
            @Min(1) @Max(90) @Schema(description = "Days after return for a delegation's report", examples = "10")
            Integer delegationReportDueDays) {}

    @Schema(name = "OfficeSettings", description = "An office's settings: its own, and those in force for it.")
    public record View(
            Long organizationId,

            @Schema(description = "The office's own value, or null")
            Integer delegationReportDueDays,

            @Schema(description = "The value in force: its own, the nearest office above's, else the deployment's")
            int effectiveDelegationReportDueDays,

            @Schema(description = "The office whose value is in force; null for the deployment's default")
            Long effectiveFrom,

            @Schema(description = "Whether the office has saved settings of its own (then a change sends If-Match)")
            boolean saved,

            @Schema(description = "Of the office's own row (If-Match); 0 before it has one")
            long version) {}
}
