package cn.salescrm.service.support;

/**
 * LIKE patterns for "contains" searches, with {@code \} as the escape character the queries declare.
 */
public final class LikePatterns {

    /** Escape character of every pattern this class builds. */
    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** Returns a LIKE pattern matching the trimmed {@code text} anywhere, with {@code \ % _} taken literally. */
    public static String contains(String text) {
        String escaped = text.trim()
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
