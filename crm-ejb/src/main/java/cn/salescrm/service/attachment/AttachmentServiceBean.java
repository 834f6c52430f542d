package cn.salescrm.service.attachment;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.record.Attachment;
import cn.salescrm.domain.record.AttachmentContent;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.service.access.CustomerAccess;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Attachment reads and writes, each checked against the rights matrix.
 */
@Stateless
@RolesAllowed({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER})
public class AttachmentServiceBean implements AttachmentService {

    private static final Logger LOG = Logger.getLogger(AttachmentServiceBean.class.getName());
    private static final int MAX_FILE_NAME = 255;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    @EJB
    private CustomerAccess access;

    @Override
    public List<AttachmentRow> list(String customerCode) {
        Customer customer = access.require(callerResolver.current(), customerCode,
                CustomerAction.VIEW_COMPLAINTS_AND_ATTACHMENTS, Instant.now());
        return em.createQuery("""
                        SELECT a FROM Attachment a WHERE a.customer = :customer
                        ORDER BY a.uploadedAt DESC, a.id DESC""", Attachment.class)
                .setParameter("customer", customer)
                .getResultList()
                .stream()
                .map(AttachmentServiceBean::toRow)
                .toList();
    }

    @Override
    public AttachmentRow upload(String customerCode, String fileName, byte[] data) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        Customer customer = access.require(caller, customerCode, CustomerAction.ADD_COMPLAINTS_AND_ATTACHMENTS,
                now);
        String name = cleanFileName(fileName);
        FileTypes type = checkedType(name, data);

        Attachment attachment = new Attachment(customer, name, type.contentType(), data.length, caller.login(),
                caller.displayName(), now);
        em.persist(attachment);
        em.persist(new AttachmentContent(attachment, data));
        em.flush();
        LOG.info(() -> "Attachment " + name + " (" + data.length + " bytes) stored for customer " + customerCode
                + " by " + caller.login());
        return toRow(attachment);
    }

    @Override
    public AttachmentFile download(String customerCode, long attachmentId) {
        Customer customer = access.require(callerResolver.current(), customerCode,
                CustomerAction.VIEW_COMPLAINTS_AND_ATTACHMENTS, Instant.now());
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.getCustomer().getId().equals(customer.getId())) {
            throw new AccessDeniedException("Attachment " + attachmentId + " is not one of customer " + customerCode);
        }
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), content.getData());
    }

    /** Returns the file name without any folder part a browser may send, or throws if none is left. */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw new ValidationFailedException("file", "validation.required");
        }
        if (name.length() > MAX_FILE_NAME) {
            throw new ValidationFailedException("file", "validation.tooLong", String.valueOf(MAX_FILE_NAME));
        }
        return name;
    }

    private static FileTypes checkedType(String name, byte[] data) {
        if (data == null || data.length == 0) {
            throw new ValidationFailedException("file", "attachment.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new ValidationFailedException("file", "attachment.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        FileTypes type = FileTypes.ofFileName(name)
                .orElseThrow(() -> new ValidationFailedException("file", "attachment.typeNotAllowed", name));
        if (!type.matches(data)) {
            throw new ValidationFailedException("file", "attachment.contentMismatch", name);
        }
        return type;
    }

    private static AttachmentRow toRow(Attachment attachment) {
        return new AttachmentRow(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
                attachment.getSizeBytes(), attachment.getUploadedByName(), attachment.getUploadedAt(),
                FileTypes.isPreviewable(attachment.getContentType()));
    }
}
