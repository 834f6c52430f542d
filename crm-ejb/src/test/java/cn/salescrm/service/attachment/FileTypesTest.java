package cn.salescrm.service.attachment;

import cn.salescrm.service.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileTypesTest {

    @Test
    void extensionIsCaseInsensitive() {
        assertEquals(FileTypes.PDF, FileTypes.ofFileName("规格书.PDF").orElseThrow());
    }

    @Test
    void unknownExtensionIsNotAllowed() {
        assertTrue(FileTypes.ofFileName("page.html").isEmpty());
        assertTrue(FileTypes.ofFileName("no-extension").isEmpty());
    }

    @Test
    void pdfNeedsPdfSignature() {
        assertTrue(FileTypes.PDF.matches("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(FileTypes.PDF.matches("<html>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void shortContentDoesNotMatchSignature() {
        assertFalse(FileTypes.PNG.matches(new byte[] {(byte) 0x89}));
    }

    @Test
    void officeOpenXmlIsZip() {
        assertTrue(FileTypes.DOCX.matches(new byte[] {'P', 'K', 3, 4, 0}));
    }

    @Test
    void textAcceptsAnyContent() {
        assertTrue(FileTypes.TXT.matches("任何内容".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlyImagesAndPdfArePreviewable() {
        assertTrue(FileTypes.isPreviewable("application/pdf"));
        assertTrue(FileTypes.isPreviewable("image/png"));
        assertFalse(FileTypes.isPreviewable("text/plain; charset=UTF-8"));
    }

    @Test
    void folderPartsAreDropped() {
        assertEquals("a.pdf", AttachmentServiceBean.cleanFileName("C:\\Users\\x\\a.pdf"));
        assertEquals("a.pdf", AttachmentServiceBean.cleanFileName("../../a.pdf"));
    }

    @Test
    void controlCharactersAreDropped() {
        assertEquals("ab.txt", AttachmentServiceBean.cleanFileName("a\nb.txt"));
    }

    @Test
    void emptyNameIsRejected() {
        assertThrows(ValidationFailedException.class, () -> AttachmentServiceBean.cleanFileName("dir/"));
    }
}
