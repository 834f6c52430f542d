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
        String escaped = text.trim()
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
