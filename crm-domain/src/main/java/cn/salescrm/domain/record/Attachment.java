package cn.salescrm.domain.record;

import cn.salescrm.domain.customer.Customer;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * Metadata of a file attached to a customer (附件). The bytes live in {@link AttachmentContent}, a
 * separate table, so that listing attachments never reads them. An attachment does not change after
 * upload.
 */
@Entity
@Table(name = "attachment")
@Cacheable(false)
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_gen")
    @SequenceGenerator(name = "attachment_gen", sequenceName = "attachment_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @NotBlank
    @Size(max = 255)
    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @NotBlank
    @Size(max = 100)
    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @PositiveOrZero
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @NotBlank
    @Size(max = 100)
    @Column(name = "uploaded_by_login", nullable = false, length = 100, updatable = false)
    private String uploadedByLogin;

    @NotBlank
    @Size(max = 50)
    @Column(name = "uploaded_by_name", nullable = false, length = 50, updatable = false)
    private String uploadedByName;

    @NotNull
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(Customer customer, String fileName, String contentType, long sizeBytes,
                      String uploadedByLogin, String uploadedByName, Instant uploadedAt) {
        this.customer = customer;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedByLogin = uploadedByLogin;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getUploadedByLogin() {
        return uploadedByLogin;
    }

    public String getUploadedByName() {
        return uploadedByName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
