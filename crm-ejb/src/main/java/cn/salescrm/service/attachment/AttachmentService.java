package cn.salescrm.service.attachment;

import java.util.List;

/**
 * Files attached to a customer (客户附件预览), stored in the database so that they move with it.
 */
public interface AttachmentService {

    /** Largest file accepted, in bytes (10 MiB). */
    long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Returns the customer's attachments, newest first, without their content.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not see attachments
     */
    List<AttachmentRow> list(String customerCode);

    /**
     * Stores a file. Allowed: PDF, PNG, JPEG, GIF, TXT, CSV, DOC, XLS, DOCX, XLSX, PPTX and ZIP, at most
     * {@link #MAX_BYTES}; the content must match the extension.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not add attachments
     * @throws cn.salescrm.service.error.ValidationFailedException if the file is empty, too large, of a
     *         type not allowed, or its content does not match its extension
     */
    AttachmentRow upload(String customerCode, String fileName, byte[] data);

    /**
     * Returns a file for download or preview.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not see attachments,
     *         or the attachment is not this customer's
     */
    AttachmentFile download(String customerCode, long attachmentId);
}
