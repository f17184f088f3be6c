package vn.diplomacy.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.aid.AidFixtures.commitment;
import static vn.diplomacy.aid.AidFixtures.create;
import static vn.diplomacy.aid.AidFixtures.disburse;
import static vn.diplomacy.aid.AidFixtures.district;
import static vn.diplomacy.aid.AidFixtures.ngo;
import static vn.diplomacy.aid.AidFixtures.organization;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import vn.diplomacy.organization.DemoOrganizations;
import vn.diplomacy.partnership.DemoPartnerships;
import vn.diplomacy.security.Role;

/** The IATI file of the demo aid and of a commitment of our own, checked against the official 2.03 schema. */
@QuarkusTest
class IatiExportTest {
    /** The schemas shipped beside the repository ({@code ../shared/iati-2.03}, from backend/ two levels up). */
    private static final Path SCHEMA =
            Path.of(System.getProperty("iati.schema", "../../shared/iati-2.03/iati-activities-schema.xsd"));

    @Inject
    DemoOrganizations organizations;

    @Inject
    DemoPartnerships partnerships;

    @Inject
    DemoAid aid;

    @Test
    void theDemoAidIsAValidIatiFile() throws Exception {
        organizations.load();
        partnerships.load();
        aid.load();
        Map<String, Object> body = commitment(ngo(), district(), "12000.50", "USD", "2024-05-10");
        body.put("startDate", "2024-06-01");
        body.put("endDate", "2025-05-31");
        body.put("status", "CLOSED");
        body.put("description", "Nước sạch & vệ sinh <trường học>");
        long id = create(body);
        disburse(id, "6000.25", "USD", "2024-07-01");
        long owner = organization("Sở Nông nghiệp tỉnh", "GOVERNMENT_AGENCY", "VN");
        long partner = organization("Hội Nông dân tỉnh", "NATIONAL_NGO", "VN");
        body.put("aidOwnerOrganizationId", owner);
        body.put("implementingPartnerOrganizationId", partner);
        body.put("title", body.get("title") + " (giai đoạn 2)");
        long parties = create(body);
        byte[] decision = "%PDF-1.7\nQuyet dinh phe duyet\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long published = io.restassured.RestAssured.given()
                .auth()
                .oauth2(vn.diplomacy.TestSupport.token(Role.EDITOR))
                .multiPart("file", "decision.pdf", decision, "application/pdf")
                .multiPart("kind", "DECISION")
                .multiPart("title", "Quyết định phê duyệt")
                .multiPart("published", "true")
                .post("/api/v1/aid-commitments/{id}/attachments", parties)
                .then()
                .statusCode(201)
                .body("published", org.hamcrest.Matchers.equalTo(true))
                .extract()
                .jsonPath()
                .getLong("id");
        long internal = io.restassured.RestAssured.given()
                .auth()
                .oauth2(vn.diplomacy.TestSupport.token(Role.EDITOR))
                .multiPart("file", "minutes.pdf", "%PDF-1.7\nbien ban\n".getBytes(), "application/pdf")
                .multiPart("kind", "OTHER")
                .post("/api/v1/aid-commitments/{id}/attachments", parties)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        // Anyone downloads a published file; an unpublished one does not exist for them.
        byte[] served = io.restassured.RestAssured.given()
                .get("/api/v1/public/attachments/{id}/content", published)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(served).isEqualTo(decision);
        io.restassured.RestAssured.given()
                .get("/api/v1/public/attachments/{id}/content", internal)
                .then()
                .statusCode(404);
        // A dossier not yet decided is not published.
        Map<String, Object> dossier = commitment(ngo(), district(), "5000000", "VND", "2024-05-11");
        dossier.put("status", "PIPELINE");
        dossier.remove("approvalDecisionNo");
        dossier.remove("approvalDate");
        long pipeline = create(dossier);

        var answer = as(Role.VIEWER)
                .get("/api/v1/iati/activities.xml")
                .then()
                .statusCode(200)
                .extract();
        assertThat(answer.contentType()).startsWith("application/xml");
        assertThat(answer.header("Content-Disposition")).startsWith("attachment; filename=\"iati-activities-");
        byte[] xml = answer.asByteArray();
        assertThat(Files.exists(SCHEMA))
                .as("the IATI schemas at %s", SCHEMA.toAbsolutePath())
                .isTrue();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SCHEMA.toFile())
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));

        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        String mine = text.substring(text.indexOf("<iati-identifier>VN-DOFA-" + id + "</iati-identifier>"));
        mine = mine.substring(0, mine.indexOf("</iati-activity>"));
        assertThat(mine)
                .contains("<activity-status code=\"4\"/>")
                .contains("<activity-date type=\"4\" iso-date=\"2025-05-31\"/>")
                .contains("<participating-org role=\"1\" type=\"21\">")
                .contains("<sector vocabulary=\"1\" code=\"14030\" percentage=\"100\"/>")
                .contains("<transaction-type code=\"2\"/><transaction-date iso-date=\"2024-05-10\"/>"
                        + "<value currency=\"USD\" value-date=\"2024-05-10\">12000.50</value>")
                .contains("<value currency=\"USD\" value-date=\"2024-07-01\">6000.25</value>")
                .contains("Nước sạch &amp; vệ sinh &lt;trường học>");
        assertThat(text).doesNotContain("<iati-identifier>VN-DOFA-" + pipeline + "</iati-identifier>");
        String withParties = text.substring(text.indexOf("<iati-identifier>VN-DOFA-" + parties + "</iati-identifier>"));
        withParties = withParties.substring(0, withParties.indexOf("</iati-activity>"));
        assertThat(withParties)
                .contains("<participating-org role=\"2\" type=\"10\">")
                .contains("<participating-org role=\"4\" type=\"22\">")
                .contains("<document-link url=\"https://ngoaivu.example.gov.vn/api/v1/public/attachments/" + published
                        + "/content\" format=\"application/pdf\">")
                .contains("<category code=\"A04\"/>")
                .doesNotContain("/attachments/" + internal + "/");
        as(Role.VIEWER)
                .queryParam("colour", "red")
                .get("/api/v1/iati/activities.xml")
                .then()
                .statusCode(400);
    }
}
