package vn.diplomacy.aid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.diplomacy.organization.OrganizationType;

/** The shape of {@code demo/aid.json}; amounts are decimal strings, as in the API. */
record DemoAidData(
        int firstRateYear,
        Map<String, List<String>> januaryRates,
        String rateSource,
        List<String> provinces,
        Map<String, List<String>> districts,
        List<Donor> donors,
        Term laoCaiTerm,
        List<Commitment> commitments) {

    record Donor(String name, OrganizationType type, String country) {}

    record Place(String name, String country) {}

    record Payment(LocalDate date, String amount) {}

    record Commitment(
            String title,
            String donor,
            String beneficiary,
            AidKind kind,
            AidSector sector,
            String amount,
            String currency,
            LocalDate date,
            AidStatus status,
            String decision,
            String counterpartVnd,
            LocalDate start,
            LocalDate end,
            Place partnerOf,
            List<Payment> disbursements,
            Lifecycle lifecycle,
            AidNonProjectForm form) {}

    /** Where a demo aid stands in its approval lifecycle; absent: approved if it has a decision, else a dossier. */
    record Lifecycle(
            AidApprovalStatus step,
            LocalDate dossierReceived,
            LocalDate dossierComplete,
            LocalDate decided,
            String authority,
            String reason,
            Party aidOwner,
            Party implementingPartner,
            List<Opinion> opinions,
            Boolean reportsMissing) {}

    /** A Vietnamese party of the aid, under a province of the demo data. */
    record Party(String name, OrganizationType type, String under) {}

    record Opinion(
            String agency,
            AidOpinionKind kind,
            LocalDate asked,
            LocalDate answered,
            AidOpinionVerdict verdict,
            String answer) {}

    /** Lào Cai's 2018–2023 term, generated: the notes give its count and total, not each project. */
    record Term(
            String province,
            int projects,
            String totalVnd,
            List<String> donors,
            List<String> donorCurrencies,
            List<AidSector> sectors,
            List<String> themes) {}
}
