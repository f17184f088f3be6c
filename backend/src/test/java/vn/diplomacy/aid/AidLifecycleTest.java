package vn.diplomacy.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.aid.AidFixtures.commitment;
import static vn.diplomacy.aid.AidFixtures.create;
import static vn.diplomacy.aid.AidFixtures.district;
import static vn.diplomacy.aid.AidFixtures.money;
import static vn.diplomacy.aid.AidFixtures.ngo;
import static vn.diplomacy.aid.AidFixtures.organization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.diplomacy.Parallel;
import vn.diplomacy.security.Role;

@QuarkusTest
class AidLifecycleTest {
    static final String PATH = "/api/v1/aid-commitments";
    static final String PROBLEM = "application/problem+json";
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    static Map<String, Object> dossier(long donor, String kind) {
        Map<String, Object> body = commitment(donor, district(), "250000", "USD", "2026-02-01");
        body.put("kind", kind);
        body.put("status", "PIPELINE");
        body.remove("approvalDecisionNo");
        body.remove("approvalDate");
        return body;
    }

    static ValidatableResponse step(Role role, long id, Map<String, Object> body) {
        return as(role).header("If-Match", etagOf(Role.VIEWER, PATH + "/{id}", id))
                .body(body)
                .post(PATH + "/{id}/transitions", id)
                .then();
    }

    static Map<String, Object> approval(LocalDate decided) {
        return Map.of(
                "to",
                "APPROVED",
                "decisionNumber",
                "1502/QĐ-UBND",
                "decisionDate",
                decided.toString(),
                "approvingAuthority",
                "Ủy ban nhân dân tỉnh Lào Cai");
    }

    @Test
    void aDossierIsNeitherUnderWayNorPaidBeforeItsApproval() {
        long id = create(dossier(ngo(), "PROJECT"));
        as(Role.EDITOR)
                .get(PATH + "/{id}", id)
                .then()
                .body("approvalStatus", equalTo("DOSSIER_RECEIVED"))
                .body("dossierReceivedOn", equalTo(TODAY.toString()))
                // An editor cannot approve, and a project is appraised first.
                .body("allowedTransitions", contains("OPINIONS_REQUESTED", "APPRAISAL"));
        Map<String, Object> underWay = dossier(ngo(), "PROJECT");
        underWay.put("status", "IMPLEMENTATION");
        as(Role.EDITOR)
                .body(underWay)
                .post(PATH)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("code", equalTo("aid-not-approved"));
        as(Role.EDITOR)
                .body(Map.of("date", "2026-03-01", "amount", money("1000", "USD")))
                .post(PATH + "/{id}/disbursements", id)
                .then()
                .statusCode(409)
                .body("code", equalTo("aid-not-approved"));
        as(Role.EDITOR)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("approvalDecisionNo", "1/QĐ-UBND", "approvalDate", "2026-02-02"))
                .patch(PATH + "/{id}", id)
                .then()
                .statusCode(409)
                .body("code", equalTo("aid-approval-by-transition"));
        Map<String, Object> half = dossier(ngo(), "PROJECT");
        half.put("approvalDecisionNo", "1/QĐ-UBND");
        as(Role.EDITOR).body(half).post(PATH).then().statusCode(400).body("errors[0].field", equalTo("approvalDate"));
        as(Role.EDITOR).get(PATH + "/{id}/transitions", id).then().body("to", contains("DOSSIER_RECEIVED"));
    }

    @Test
    void aForeignNgoProjectGoesThroughOpinionsAndAppraisalToApprovalAndCompletion() {
        long id = create(dossier(ngo(), "PROJECT"));
        step(Role.EDITOR, id, Map.of("to", "OPINIONS_REQUESTED"))
                .statusCode(200)
                .body("approvalStatus", equalTo("OPINIONS_REQUESTED"));
        step(Role.ADMIN, id, approval(TODAY)).statusCode(409).body("code", equalTo("aid-needs-appraisal"));
        // The dossier was complete 25 days ago: the appraisal, due after 20, is overdue.
        LocalDate complete = TODAY.minusDays(25);
        step(Role.EDITOR, id, Map.of("to", "APPRAISAL", "on", complete.toString()))
                .statusCode(200)
                .body("appraisalDueOn", equalTo(complete.plusDays(20).toString()))
                .body("alerts", contains("APPRAISAL_OVERDUE"));
        as(Role.VIEWER)
                .queryParam("alert", "APPRAISAL_OVERDUE")
                .queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        step(Role.EDITOR, id, approval(TODAY)).statusCode(403);
        step(Role.ADMIN, id, Map.of("to", "APPROVED"))
                .statusCode(400)
                .body("errors.field", contains("decisionNumber", "decisionDate", "approvingAuthority"));
        step(Role.ADMIN, id, approval(TODAY))
                .statusCode(409)
                .body("code", equalTo("aid-needs-friendship-union-opinion"));

        String opinions = PATH + "/{id}/opinions";
        Map<String, Object> opinion = new HashMap<>(Map.of(
                "agency",
                "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai",
                "agencyKind",
                "FRIENDSHIP_UNION",
                "askedOn",
                TODAY.minusDays(24).toString(),
                "answeredOn",
                TODAY.minusDays(21).toString()));
        as(Role.EDITOR)
                .body(opinion)
                .post(opinions, id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("verdict"));
        opinion.put("answeredOn", TODAY.minusDays(30).toString());
        opinion.put("verdict", "AGREED");
        as(Role.EDITOR).body(opinion).post(opinions, id).then().statusCode(400);
        opinion.put("answeredOn", TODAY.minusDays(21).toString());
        created(Role.EDITOR, opinion, opinions, id);
        as(Role.VIEWER).get(opinions, id).then().body("items.verdict", contains("AGREED"));

        step(Role.ADMIN, id, approval(TODAY))
                .statusCode(200)
                .body("approvalStatus", equalTo("APPROVED"))
                .body("approvalDecisionNo", equalTo("1502/QĐ-UBND"))
                .body("approvingAuthority", equalTo("Ủy ban nhân dân tỉnh Lào Cai"))
                .body("status", equalTo("PIPELINE"))
                .body("alerts", not(hasItem("APPRAISAL_OVERDUE")));
        AidFixtures.disburse(id, "50000", "USD", TODAY.toString());
        step(Role.EDITOR, id, Map.of("to", "IMPLEMENTATION")).statusCode(200).body("status", equalTo("IMPLEMENTATION"));
        step(Role.EDITOR, id, Map.of("to", "COMPLETED", "on", TODAY.toString()))
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("completedOn", equalTo(TODAY.toString()))
                .body("allowedTransitions.size()", equalTo(0));
        step(Role.ADMIN, id, Map.of("to", "REVOKED", "reason", "late"))
                .statusCode(409)
                .body("code", equalTo("transition-not-allowed"));
        as(Role.VIEWER)
                .get(PATH + "/{id}/transitions", id)
                .then()
                .body(
                        "to",
                        contains(
                                "DOSSIER_RECEIVED",
                                "OPINIONS_REQUESTED",
                                "APPRAISAL",
                                "APPROVED",
                                "IMPLEMENTATION",
                                "COMPLETED"))
                .body("by[3]", equalTo("admin"));
        // Its decision is kept: it can be corrected, not cleared.
        as(Role.EDITOR)
                .contentType("application/merge-patch+json")
                .header("If-Match", etagOf(Role.VIEWER, PATH + "/{id}", id))
                .body("{\"approvalDecisionNo\": null}")
                .patch(PATH + "/{id}", id)
                .then()
                .statusCode(400);
    }

    @Test
    void emergencyReliefTakesTheShortPathAndIsFlaggedAfterThreeMonths() {
        long embassy = organization("Đại sứ quán New Zealand", "EMBASSY", "NZ");
        long relief = create(dossier(embassy, "EMERGENCY_RELIEF"));
        as(Role.ADMIN).get(PATH + "/{id}", relief).then().body("allowedTransitions", hasItem("APPROVED"));
        step(Role.ADMIN, relief, approval(TODAY.minusMonths(4)))
                .statusCode(400)
                .body("errors[0].field", equalTo("decisionDate"));
        Map<String, Object> early = dossier(embassy, "EMERGENCY_RELIEF");
        early.put("dossierReceivedOn", TODAY.minusMonths(5).toString());
        long late = create(early);
        step(Role.ADMIN, late, approval(TODAY.minusMonths(4)))
                .statusCode(200)
                .body("alerts", contains("EMERGENCY_OVERDUE"));

        // A project approved 7 months ago and not started is flagged.
        Map<String, Object> project = dossier(embassy, "PROJECT");
        project.put("dossierReceivedOn", TODAY.minusMonths(8).toString());
        long idle = create(project);
        step(
                        Role.EDITOR,
                        idle,
                        Map.of("to", "APPRAISAL", "on", TODAY.minusMonths(8).toString()))
                .statusCode(200);
        step(Role.ADMIN, idle, approval(TODAY.minusMonths(7))).statusCode(200).body("alerts", contains("NOT_STARTED"));
        as(Role.VIEWER)
                .queryParam("alert", "NOT_STARTED")
                .queryParam("size", 100)
                .get(PATH)
                .then()
                .body("items.id", hasItem((int) idle));
        step(Role.ADMIN, idle, Map.of("to", "REVOKED")).statusCode(400).body("errors[0].field", equalTo("reason"));
        step(Role.ADMIN, idle, Map.of("to", "REVOKED", "reason", "Nhà tài trợ rút cam kết"))
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("revocationReason", equalTo("Nhà tài trợ rút cam kết"));
    }

    @Test
    void twoDecisionsTakenAtOnceRecordOne() throws Exception {
        long embassy = organization("Đại sứ quán Ấn Độ", "EMBASSY", "IN");
        long id = create(dossier(embassy, "EMERGENCY_RELIEF"));
        String etag = etagOf(Role.VIEWER, PATH + "/{id}", id);
        List<Response> answers = Parallel.run(
                2,
                i -> as(Role.ADMIN)
                        .header("If-Match", etag)
                        .body(i == 0 ? approval(TODAY) : Map.of("to", "REFUSED", "reason", "Không phù hợp"))
                        .post(PATH + "/{id}/transitions", id));
        assertThat(answers.stream().map(Response::statusCode)).contains(200);
        assertThat(answers.stream().filter(r -> r.statusCode() == 200)).hasSize(1);
        assertThat(answers.stream().map(Response::statusCode)).allMatch(c -> c == 200 || c == 412 || c == 409);
        as(Role.VIEWER).get(PATH + "/{id}/transitions", id).then().body("size()", equalTo(2));
    }

    @Test
    void theReportCountsByApprovalStatusAndAidOwner() {
        long donor = organization("Đại sứ quán Hàn Quốc", "EMBASSY", "KR");
        long owner = organization("Sở Y tế tỉnh", "GOVERNMENT_AGENCY", "VN");
        Map<String, Object> approved = commitment(donor, district(), "1000000", "VND", "2026-03-01");
        approved.put("aidOwnerOrganizationId", owner);
        create(approved);
        create(dossier(donor, "PROJECT"));
        var byStep = AidFixtures.report(Map.of("ngoId", donor, "groupBy", "approvalStatus"));
        assertThat(byStep.getList("rows.key")).containsExactly("DOSSIER_RECEIVED", "IMPLEMENTATION");
        var byOwner = AidFixtures.report(Map.of("ngoId", donor, "groupBy", "aidOwner"));
        assertThat(byOwner.getList("rows.key")).contains(String.valueOf(owner));
        // Non-project aid says what it is; a project does not.
        Map<String, Object> goods = commitment(donor, district(), "300000000", "VND", "2026-03-01");
        goods.put("kind", "NON_PROJECT");
        goods.put("nonProjectForm", "GOODS");
        long given = create(goods);
        as(Role.VIEWER)
                .queryParam("nonProjectForm", "GOODS")
                .queryParam("ngoId", donor)
                .get(PATH)
                .then()
                .body("items.id", contains((int) given));
        goods.put("kind", "PROJECT");
        as(Role.EDITOR)
                .body(goods)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("nonProjectForm"));
        Map<String, Object> foreignOwner = commitment(donor, district(), "1000000", "VND", "2026-03-01");
        foreignOwner.put("aidOwnerOrganizationId", donor);
        as(Role.EDITOR)
                .body(foreignOwner)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("aidOwnerOrganizationId"));
    }
}
