package cn.salescrm.service.attachment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file types a customer attachment may have, known by extension and checked against the
 * file's first bytes, so a renamed executable is not stored as a PDF. The content type served
 * later comes from here, never from the uploading browser.
 */
enum FileTypes {
    PDF("application/pdf", true, bytes("%PDF")),
    PNG("image/png", true, new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    JPG("image/jpeg", true, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    JPEG("image/jpeg", true, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    GIF("image/gif", true, bytes("GIF8")),
    TXT("text/plain; charset=UTF-8", false, null),
    CSV("text/csv; charset=UTF-8", false, null),
    DOC("application/msword", false, OleMagic.BYTES),
    XLS("application/vnd.ms-excel", false, OleMagic.BYTES),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, ZipMagic.BYTES),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, ZipMagic.BYTES),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false, ZipMagic.BYTES),
    ZIP("application/zip", false, ZipMagic.BYTES);

    private static final Map<String, FileTypes> BY_EXTENSION = Map.ofEntries(
            Arrays.stream(values()).map(type -> Map.entry(type.name().toLowerCase(Locale.ROOT), type))
                    .toArray(Map.Entry[]::new));

    private final String contentType;
    private final boolean previewable;
    private final byte[] magic;

    FileTypes(String contentType, boolean previewable, byte[] magic) {
        this.contentType = contentType;
        this.previewable = previewable;
        this.magic = magic;
    }

    /** Returns the type named by the file name's extension, if it is an allowed one. */
    static Optional<FileTypes> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Returns whether the content starts as files of this type do; text types accept any content. */
    boolean matches(byte[] data) {
        if (magic == null) {
            return true;
        }
        return data.length >= magic.length && Arrays.equals(Arrays.copyOf(data, magic.length), magic);
    }

    String contentType() {
        return contentType;
    }

    boolean previewable() {
        return previewable;
    }

    /** Returns whether a stored content type is one the browser may show inline. */
    static boolean isPreviewable(String contentType) {
        return Arrays.stream(values()).anyMatch(type -> type.previewable && type.contentType.equals(contentType));
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Signature of the OLE2 compound files of old Office formats. */
    private static final class OleMagic {
        static final byte[] BYTES = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    }

    /** Signature of ZIP archives, including the Office Open XML formats. */
    private static final class ZipMagic {
        static final byte[] BYTES = {'P', 'K', 3, 4};
    }
}
