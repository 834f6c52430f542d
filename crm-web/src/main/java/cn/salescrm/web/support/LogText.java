package cn.salescrm.web.support;

/**
 * Text from requests made safe for a log line: control characters such as line breaks and NUL
 * become '?', so a crafted parameter cannot forge log lines, and long text is cut.
 */
public final class LogText {

    private static final int MAX_LENGTH = 200;

    private LogText() {
    }

    /** Returns the text with control characters replaced and cut to 200 characters; "null" for null. */
    public static String safe(String text) {
        if (text == null) {
            return "null";
        }
        String cut = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text;
        return cut.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
