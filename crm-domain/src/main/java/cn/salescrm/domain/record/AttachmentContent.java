package cn.salescrm.domain.record;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * Bytes of one {@link Attachment}, keyed by the attachment's id. Persist the attachment first, because the
 * content takes its id from it.
 */
@Entity
@Table(name = "attachment_content")
@Cacheable(false)
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attachment_id")
    private Attachment attachment;

    // Plain byte[], no @Lob: bound with setBytes/getBytes, which suit PostgreSQL bytea and H2 BINARY VARYING.
    @NotNull
    @Column(name = "data", nullable = false, updatable = false)
    private byte[] data;

    protected AttachmentContent() {
    }

    public AttachmentContent(Attachment attachment, byte[] data) {
        this.attachment = attachment;
        this.data = data;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public Attachment getAttachment() {
        return attachment;
    }

    /** Returns the stored array itself, not a copy, so callers must not modify it. */
    public byte[] getData() {
        return data;
    }
}
