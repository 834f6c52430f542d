package cn.salescrm.service.support;

/**
 * LIKE patterns built from a user's search text, which is always taken literally.
 */
public final class LikePatterns {

    /** Escape character of every pattern this class builds; pass it to the LIKE predicate. */
    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** Returns a pattern matching {@code text} anywhere, with {@code \ % _} taken literally. */
    public static String contains(String text) {
        return "%" + escape(text.trim()) + "%";
    }

    /** Returns {@code text} with {@code \ % _} escaped, for a pattern of the caller's own making. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }
}
