package vn.diplomacy.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ProgrammeDtos {
    private ProgrammeDtos() {}

    @Schema(name = "ProgrammeItemInput")
    public record ItemInput(
            @NotNull @Schema(description = "Within the delegation's dates", examples = "2026-12-08")
            LocalDate day,

            @Size(max = 40) @Schema(examples = "08:30–10:00")
            String time,

            @NotBlank @Size(max = 500) @Schema(examples = "Hội đàm với Ủy ban nhân dân tỉnh Bô-ly-khăm-xay")
            String activity,

            @Size(max = 300) @Schema(examples = "Trụ sở UBND tỉnh, Pắc-xan")
            String place,

            @Size(max = 1000)
            @Schema(description = "Who meets whom", examples = "Phó Chủ tịch UBND tỉnh tiếp Trưởng đoàn")
            String participants) {}

    @Schema(name = "Programme", description = "A delegation's whole programme, replaced at once; order is kept.")
    public record ProgrammeInput(@NotNull @Size(max = 300) List<@NotNull @Valid ItemInput> items) {}

    @Schema(name = "ProgrammeItem")
    public record ItemView(Long id, LocalDate day, String time, String activity, String place, String participants) {}

    @Schema(name = "ProgrammeView")
    public record ProgrammeView(List<ItemView> items) {}
}
