package vn.diplomacy.aid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CrossField;
import vn.diplomacy.common.RecordView;

/** The bodies of the aid approval lifecycle: its steps and the opinions asked on a dossier. */
public final class AidLifecycleDtos {
    private AidLifecycleDtos() {}

    @Schema(name = "AidTransitionRequest", description = "One step of the aid's approval lifecycle.")
    public record AidTransitionRequest(
            @NotNull @Schema(examples = "APPROVED") AidApprovalStatus to,

            @Schema(
                    description = "The day of the step (the dossier complete for APPRAISAL, the start for"
                            + " IMPLEMENTATION, the end for COMPLETED, the refusal or revocation); defaults to today",
                    examples = "2026-03-02")
            LocalDate on,

            @Size(max = 100) @Schema(description = "For APPROVED: required", examples = "1234/QĐ-UBND")
            String decisionNumber,

            @Schema(description = "For APPROVED: required", examples = "2026-03-20")
            LocalDate decisionDate,

            @Size(max = 300) @Schema(description = "For APPROVED: required", examples = "Ủy ban nhân dân tỉnh Lào Cai")
            String approvingAuthority,

            @Size(max = 2000) @Schema(description = "For REFUSED and REVOKED: required")
            String reason,

            @Size(max = 2000) String note) {}

    @Schema(name = "AidTransition")
    public record AidTransitionView(
            Long id, AidApprovalStatus from, AidApprovalStatus to, String note, String by, Instant at) {}

    @Schema(name = "AidOpinionInput", description = "An opinion asked on the dossier, and its answer when it came.")
    @CrossField.Ordered(first = "askedOn", second = "answeredOn")
    public record AidOpinionInput(
            @NotBlank @Size(max = 300) @Schema(examples = "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai")
            String agency,

            @NotNull @Schema(examples = "FRIENDSHIP_UNION") AidOpinionKind agencyKind,
            @NotNull @Schema(examples = "2026-02-10") LocalDate askedOn,
            @Schema(examples = "2026-02-24") LocalDate answeredOn,

            @Schema(description = "Required with answeredOn", examples = "AGREED")
            AidOpinionVerdict verdict,

            @Size(max = 10000) String answer) {}

    @Schema(name = "AidOpinion")
    public record AidOpinionView(
            Long id,
            Long commitmentId,
            String agency,
            AidOpinionKind agencyKind,
            LocalDate askedOn,
            LocalDate answeredOn,
            AidOpinionVerdict verdict,
            String answer,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}
}
