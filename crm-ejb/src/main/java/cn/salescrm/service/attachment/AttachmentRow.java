package cn.salescrm.service.attachment;

import java.io.Serializable;
import java.time.Instant;

/**
 * One file in 客户附件预览.
 *
 * @param previewable the browser can show it in the page (an image or a PDF)
 */
public record AttachmentRow(long id, String fileName, String contentType, long sizeBytes, String uploadedByName,
                            Instant uploadedAt, boolean previewable) implements Serializable {
}
