package cn.salescrm.web.customer.tab;

import cn.salescrm.service.attachment.AttachmentRow;
import cn.salescrm.service.attachment.AttachmentService;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.web.customer.CustomerDetailView;
import cn.salescrm.web.support.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/**
 * Tab 客户附件预览: upload with a progress bar, the list, download, and an in-page preview of
 * images and PDF files.
 */
@Named
@ViewScoped
public class AttachmentTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AttachmentService service;

    @Inject
    private CustomerDetailView detail;

    @Inject
    private Messages messages;

    private List<AttachmentRow> attachments;
    private AttachmentRow previewed;

    public List<AttachmentRow> getAttachments() {
        if (attachments == null) {
            attachments = service.list(detail.getCode());
        }
        return attachments;
    }

    /** Stores an uploaded file; the service checks its size, type and content. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            AttachmentRow stored = service.upload(detail.getCode(), file.getFileName(), file.getContent());
            messages.addInfo("attachment.uploaded", stored.fileName());
            attachments = null;
        } catch (ValidationFailedException e) {
            messages.addError(null, e.messageKey(), e.arguments());
        }
    }

    /** Shows the attachment in the preview panel. */
    public void preview(AttachmentRow row) {
        previewed = row;
    }

    /** Returns the URL that serves an attachment, inline for a preview or as a download. */
    public String url(AttachmentRow row, boolean inline) {
        return "attachment?code=" + java.net.URLEncoder.encode(detail.getCode(), java.nio.charset.StandardCharsets.UTF_8)
                + "&id=" + row.id() + (inline ? "&inline=true" : "");
    }

    public boolean isPdfPreview() {
        return previewed != null && previewed.contentType().equals("application/pdf");
    }

    public AttachmentRow getPreviewed() {
        return previewed;
    }

    /** Returns the size limit for the upload widget, in bytes. */
    public long getMaxBytes() {
        return AttachmentService.MAX_BYTES;
    }
}
