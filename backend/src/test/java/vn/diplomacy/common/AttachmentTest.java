package vn.diplomacy.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.diplomacy.TestSupport;
import vn.diplomacy.security.Role;

@QuarkusTest
class AttachmentTest {
    static final String FILES = "/api/v1/organizations/{id}/attachments";

    /** A PDF as far as its bytes tell: the %PDF- signature, then {@code size} bytes of content. */
    static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** An answer to an upload. */
    record Answer(int status, String body, String location, String contentType) {
        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    /**
     * Uploads as a browser does (UTF-8 file name, the body streamed from a file): REST Assured would write the name
     * in ASCII and build the whole body in memory.
     */
    static Answer upload(Role role, long id, String name, byte[] bytes, String kind) {
        return upload(role, "/api/v1/organizations/" + id + "/attachments", name, bytes, kind);
    }

    static Answer upload(Role role, String path, String name, byte[] bytes, String kind) {
        String boundary = "----diplomacy" + System.nanoTime();
        try {
            Path body = Files.createTempFile("multipart", ".bin");
            body.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(body)) {
                part(out, boundary, "name=\"kind\"", kind.getBytes(StandardCharsets.UTF_8));
                part(out, boundary, "name=\"title\"", "Biên bản ghi nhớ (bản ký)".getBytes(StandardCharsets.UTF_8));
                part(out, boundary, "name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: application/pdf", bytes);
                out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            }
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                    .header("Authorization", "Bearer " + TestSupport.token(role))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofFile(body))
                    .build();
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Files.delete(body);
            return new Answer(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void part(OutputStream out, String boundary, String disposition, byte[] content) throws IOException {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aScanGoesInAndComesBackByteForByteWithItsVietnameseName() {
        long id = RecordHistoryTest.organization(unique("Bolikhamxay"));
        byte[] bytes = pdf(2_500_000, 1);
        Answer created = upload(Role.EDITOR, id, "Biên bản ghi nhớ.pdf", bytes, "SIGNED_AGREEMENT");
        assertThat(created.status()).isEqualTo(201);
        long file = created.json().getLong("id");
        assertThat(created.location()).endsWith("/api/v1/organizations/" + id + "/attachments/" + file);
        assertThat(created.json().getString("contentType")).isEqualTo("application/pdf");
        assertThat(created.json().getLong("size")).isEqualTo(bytes.length);
        assertThat(created.json().getString("sha256"))
                .isEqualTo(org.apache.commons.codec.digest.DigestUtils.sha256Hex(bytes));

        ExtractableResponse<Response> download = as(Role.VIEWER)
                .noFilters()
                .get(FILES + "/{file}/content", id, file)
                .then()
                .extract();
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.asByteArray()).isEqualTo(bytes);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition"))
                .startsWith("inline; filename=\"Bien ban ghi nho.pdf\"")
                .contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ghi%20nh%E1%BB%9B.pdf");
        String etag = download.header("ETag");

        // A range across two of the stored pieces (1 MiB each).
        ExtractableResponse<Response> part = as(Role.VIEWER)
                .noFilters()
                .header("Range", "bytes=1048000-1049000")
                .get(FILES + "/{file}/content", id, file)
                .then()
                .extract();
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 1048000-1049000/" + bytes.length);
        assertThat(part.asByteArray()).isEqualTo(Arrays.copyOfRange(bytes, 1_048_000, 1_049_001));
        as(Role.VIEWER)
                .header("Range", "bytes=9000000-")
                .get(FILES + "/{file}/content", id, file)
                .then()
                .statusCode(416);
        as(Role.VIEWER)
                .header("If-None-Match", etag)
                .get(FILES + "/{file}/content", id, file)
                .then()
                .statusCode(304);

        as(Role.VIEWER)
                .get(FILES, id)
                .then()
                .statusCode(200)
                .body("items.fileName", equalTo(List.of("Biên bản ghi nhớ.pdf")))
                .body("items.kind", equalTo(List.of("SIGNED_AGREEMENT")));
        assertThat(RecordHistoryTest.history("/api/v1/organizations/{id}", id).getList("items.kind"))
                .containsExactly("organization", "attachment");
        // Another record's address does not reach it.
        long other = RecordHistoryTest.organization(unique("Khăm Muồn"));
        as(Role.VIEWER)
                .noFilters()
                .get(FILES + "/{file}/content", other, file)
                .then()
                .statusCode(404);
    }

    @Test
    void tooLargeDisguisedDuplicatedOrKindlessFilesAreRefused() {
        long id = RecordHistoryTest.organization(unique("Sê Kông"));
        assertThat(upload(Role.EDITOR, id, "scan.pdf", pdf(25 * 1024 * 1024, 2), "OTHER")
                        .status())
                .isEqualTo(413);
        byte[] exe = pdf(4096, 3);
        exe[0] = 'M';
        exe[1] = 'Z';
        Answer disguised = upload(Role.EDITOR, id, "Quyết định.pdf", exe, "DECISION");
        assertThat(disguised.status()).isEqualTo(415);
        assertThat(disguised.contentType()).startsWith(PROBLEM);
        assertThat(disguised.json().getString("code")).isEqualTo("attachment-type-not-allowed");

        byte[] scan = pdf(10_000, 4);
        assertThat(upload(Role.EDITOR, id, "a.pdf", scan, "REPORT").status()).isEqualTo(201);
        Answer again = upload(Role.EDITOR, id, "b.pdf", scan, "REPORT");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("attachment-duplicate");
        assertThat(upload(Role.EDITOR, id, "c.pdf", pdf(10_000, 5), "MAP").status())
                .isEqualTo(400);
        assertThat(upload(Role.VIEWER, id, "d.pdf", pdf(10_000, 6), "REPORT").status())
                .isEqualTo(403);
        as(Role.VIEWER).get(FILES, id).then().body("items.size()", equalTo(1));
    }

    @Test
    void concurrentUploadsAllLandAndTheSameFileOnlyOnce() throws Exception {
        long id = RecordHistoryTest.organization(unique("Luang Prabang"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        byte[] same = pdf(50_000, 99);
        for (int i = 0; i < 6; i++) {
            long seed = 100 + i;
            answers.add(pool.submit(() -> upload(Role.EDITOR, id, "scan-" + seed + ".pdf", pdf(300_000, seed), "PHOTO")
                    .status()));
        }
        for (int i = 0; i < 2; i++) {
            answers.add(pool.submit(
                    () -> upload(Role.EDITOR, id, "same.pdf", same, "PHOTO").status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> a : answers) {
            statuses.add(a.get());
        }
        pool.shutdown();
        assertThat(statuses.subList(0, 6)).containsOnly(201);
        assertThat(statuses.subList(6, 8)).containsExactlyInAnyOrder(201, 409);
        as(Role.VIEWER).get(FILES, id).then().body("items.size()", equalTo(7));
    }

    @Test
    void editorsDeleteTheirOwnFilesAdminsAnyAndARecordWithFilesIsNotDeleted() {
        long id = RecordHistoryTest.organization(unique("Attapeu"));
        long file =
                upload(Role.EDITOR, id, "a.pdf", pdf(5_000, 7), "OTHER").json().getLong("id");
        String path = "/api/v1/organizations/{id}";
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, path, id))
                .delete(path, id)
                .then()
                .statusCode(409)
                .body("code", equalTo("record-has-attachments"));
        String version = etagOf(Role.VIEWER, FILES + "/{file}", id, file);
        // TestSupport's other EDITOR is the same account: an API key with EDITOR role is another actor.
        io.restassured.RestAssured.given()
                .header("X-API-Key", vn.diplomacy.TestSupport.apiKey(Role.EDITOR))
                .header("If-Match", version)
                .delete(FILES + "/{file}", id, file)
                .then()
                .statusCode(403)
                .body("code", equalTo("attachment-not-yours"));
        as(Role.ADMIN)
                .header("If-Match", version)
                .delete(FILES + "/{file}", id, file)
                .then()
                .statusCode(204);
        as(Role.EDITOR)
                .header("If-Match", etagOf(Role.VIEWER, path, id))
                .delete(path, id)
                .then()
                .statusCode(204);
    }

    @Test
    void aFileOnAnAgreementIsInTheAgreementsHistory() {
        long home = RecordHistoryTest.organization(unique("Quảng Trị"));
        long partner = RecordHistoryTest.organization(unique("Savannakhet"));
        long partnership = vn.diplomacy.partnership.PartnershipFixtures.partnership(
                home, partner, "FRIENDSHIP", java.time.LocalDate.of(2020, 1, 1));
        long agreement = vn.diplomacy.TestSupport.created(
                Role.EDITOR,
                vn.diplomacy.partnership.PartnershipFixtures.agreement(unique("MOU"), null, null),
                "/api/v1/partnerships/{id}/agreements",
                partnership);
        String path = "/api/v1/partnerships/" + partnership + "/agreements/" + agreement;
        Answer created = upload(Role.EDITOR, path + "/attachments", "MOU.pdf", pdf(2_000, 11), "SIGNED_AGREEMENT");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().getString("recordKind")).isEqualTo("agreement");
        JsonPath history = RecordHistoryTest.history(path);
        assertThat(history.getList("items.kind")).containsExactly("agreement", "attachment");
    }
}
