package cn.salescrm.web.support;

import java.nio.charset.StandardCharsets;

/**
 * Content-Disposition header values for downloads with non-ASCII file names, encoded as RFC 6266
 * and RFC 5987 describe: a plain ASCII {@code filename} for old clients and a UTF-8
 * {@code filename*} that browsers prefer.
 */
public final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDisposition() {
    }

    /**
     * Returns the header value for downloading a file, such as
     * {@code attachment; filename="audit-20261204.xlsx"; filename*=UTF-8''%E5%AE%A1...}.
     *
     * @param fileName the name in the user's language
     * @param asciiFallback the name for clients that do not read {@code filename*}; only ASCII letters,
     *        digits, '-', '_' and '.' are kept
     */
    public static String attachment(String fileName, String asciiFallback) {
        String fallback = asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** Percent-encodes every UTF-8 byte of the name that is not an RFC 5987 attr-char. */
    static String encode(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return encoded.toString();
    }
}
