package cn.salescrm.service.attachment;

import java.io.Serializable;

/**
 * A stored file with the name and content type it is served under.
 */
public record AttachmentFile(String fileName, String contentType, byte[] data) implements Serializable {
}
