package vn.diplomacy.common.attachments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.AttachmentKind;
import vn.diplomacy.common.CurrentActor;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.Enums;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.ProblemType;
import vn.diplomacy.common.RecordAttachments;

/**
 * Keeps the files attached to records in the database, where every replica reads them: checked (size, type read
 * from the bytes, duplicates), hashed, and written and read in pieces of {@link #CHUNK} bytes, so that neither an
 * upload nor a download is ever whole in memory.
 */
@ApplicationScoped
public class AttachmentService implements RecordAttachments {
    static final int CHUNK = 1 << 20;
    static final int MAX_TITLE = 200;
    static final int MAX_NAME = 255;

    private final AttachmentRepository files;
    private final EntityManager em;
    private final long maxBytes;

    AttachmentService(AttachmentRepository files, EntityManager em, AppConfig config) {
        this.files = files;
        this.em = em;
        this.maxBytes = config.attachments().maxBytes().asLongValue();
    }

    @Override
    @Transactional
    public List<View> list(String kind, long recordId) {
        return files.list("recordKind = ?1 and recordId = ?2 order by id desc", kind, recordId).stream()
                .map(AttachmentService::view)
                .toList();
    }

    @Override
    @Transactional
    public View get(String kind, long recordId, long attachmentId) {
        return view(find(kind, recordId, attachmentId));
    }

    @Override
    @Transactional
    public long count(String kind, java.util.Collection<Long> recordIds) {
        return files.count("recordKind = ?1 and recordId in ?2", kind, recordIds);
    }

    @Override
    @Transactional
    public boolean has(String kind, long recordId, AttachmentKind fileKind) {
        return files.count("recordKind = ?1 and recordId = ?2 and kind = ?3", kind, recordId, fileKind) > 0;
    }

    @Override
    @Transactional
    public View upload(String kind, long recordId, Upload upload) {
        Attachment file = new Attachment();
        file.recordKind = kind;
        file.recordId = recordId;
        file.kind = kindOf(upload.kind());
        file.fileName = nameOf(upload.fileName());
        file.published = upload.published();
        String title = upload.title() == null || upload.title().isBlank()
                ? file.fileName
                : upload.title().trim();
        if (title.length() > MAX_TITLE) {
            throw ProblemException.invalid("title", "must be at most " + MAX_TITLE + " characters");
        }
        file.title = title;
        if (upload.size() > maxBytes) {
            throw ProblemException.coded(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "attachment-too-large",
                    Map.of("max", maxBytes),
                    "The file has " + upload.size() + " bytes; at most " + maxBytes + " are accepted");
        }
        if (upload.size() == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        try {
            file.contentType = FileTypes.detect(upload.file(), file.fileName);
            if (!FileTypes.ALLOWED.contains(file.contentType)) {
                throw ProblemException.coded(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "attachment-type-not-allowed",
                        Map.of("type", file.contentType),
                        "The file's bytes are " + file.contentType + ", which is not accepted: attach PDF, images,"
                                + " DOCX, XLSX, ODT or plain text");
            }
            try (InputStream in = Files.newInputStream(upload.file())) {
                file.sha256 = DigestUtils.sha256Hex(in);
            }
            Attachment same = files.find(
                            "recordKind = ?1 and recordId = ?2 and sha256 = ?3", kind, recordId, file.sha256)
                    .firstResult();
            if (same != null) {
                throw ProblemException.conflict(
                        "attachment-duplicate",
                        Map.of("id", same.id, "title", same.title),
                        "The same file is already attached as \"" + same.title + "\" (attachment " + same.id + ")");
            }
            file.sizeBytes = Files.size(upload.file());
            files.persistAndFlush(file);
            store(file.id, upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return view(file);
    }

    private void store(long id, Upload upload) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(upload.file())) {
            int seq = 0;
            int n;
            while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                em.createNativeQuery("insert into attachment_chunk (attachment_id, seq, data) values (?1, ?2, ?3)")
                        .setParameter(1, id)
                        .setParameter(2, seq++)
                        .setParameter(3, n == CHUNK ? buffer : Arrays.copyOf(buffer, n))
                        .executeUpdate();
            }
        }
    }

    @Override
    public StreamingOutput content(long attachmentId, long first, long last) {
        return output -> {
            for (long seq = first / CHUNK; seq <= last / CHUNK; seq++) {
                long piece = seq;
                // One piece a transaction: a slow reader holds no connection while it reads.
                byte[] data = QuarkusTransaction.requiringNew().call(() -> (byte[])
                        em.createNativeQuery("select data from attachment_chunk where attachment_id = ?1 and seq = ?2")
                                .setParameter(1, attachmentId)
                                .setParameter(2, piece)
                                .getSingleResult());
                long start = seq * CHUNK;
                int from = (int) Math.max(0, first - start);
                int to = (int) Math.min(data.length, last - start + 1);
                output.write(data, from, to - from);
            }
        };
    }

    @Override
    @Transactional
    public void delete(String kind, long recordId, long attachmentId, String ifMatch, boolean admin) {
        Attachment file = find(kind, recordId, attachmentId);
        ETags.requireMatch(ifMatch, file.version);
        if (!admin && !file.createdBy.equals(CurrentActor.name())) {
            throw ProblemException.coded(
                    ProblemType.FORBIDDEN,
                    "attachment-not-yours",
                    Map.of("by", file.createdBy),
                    "Only " + file.createdBy + ", who attached it, or an administrator can delete this file");
        }
        em.createNativeQuery("delete from attachment_chunk where attachment_id = ?1")
                .setParameter(1, file.id)
                .executeUpdate();
        files.delete(file);
    }

    private Attachment find(String kind, long recordId, long attachmentId) {
        Attachment file = files.findById(attachmentId);
        if (file == null || !file.recordKind.equals(kind) || file.recordId != recordId) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return file;
    }

    private static AttachmentKind kindOf(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid("kind", "is required: one of " + Enums.names(AttachmentKind.class));
        }
        try {
            return AttachmentKind.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be one of " + Enums.names(AttachmentKind.class));
        }
    }

    /** The name without any folder a browser may send ("C:\fakepath\…"), shortened to what the column holds. */
    private static String nameOf(String raw) {
        String name = raw == null ? "" : raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").trim();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME);
    }

    @Override
    @Transactional
    public List<View> published(String kind, java.util.Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return files
                .list("recordKind = ?1 and recordId in ?2 and published = true order by id", kind, recordIds)
                .stream()
                .map(AttachmentService::view)
                .toList();
    }

    @Override
    @Transactional
    public View published(long attachmentId) {
        Attachment file = files.findById(attachmentId);
        if (file == null || !file.published) {
            throw ProblemException.notFound("Published file", attachmentId);
        }
        return view(file);
    }

    static View view(Attachment a) {
        return new View(
                a.id,
                a.version,
                a.recordKind,
                a.recordId,
                a.kind,
                a.title,
                a.fileName,
                a.contentType,
                a.sizeBytes,
                a.sha256,
                a.published,
                a.createdAt,
                a.createdBy);
    }
}
