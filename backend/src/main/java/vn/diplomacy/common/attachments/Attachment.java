package vn.diplomacy.common.attachments;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.diplomacy.common.AttachmentKind;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.changes.Recorded;

/** A file attached to a record of any kind; its bytes are in attachment_chunk. */
@Recorded(value = "attachment", parentKind = "recordKind", parentId = "recordId")
@Entity
@Table(name = "attachment")
public class Attachment extends AuditedEntity {
    public String recordKind;
    public Long recordId;

    @Enumerated(EnumType.STRING)
    public AttachmentKind kind;

    public String title;
    public String fileName;
    public String contentType;
    public long sizeBytes;
    public String sha256;

    /** Served to anyone at its public address (and linked from the IATI file); set at upload. */
    public boolean published;
}
