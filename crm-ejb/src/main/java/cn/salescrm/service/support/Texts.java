package cn.salescrm.service.support;

import cn.salescrm.service.error.ValidationFailedException;

/**
 * Checks of text input shared by the services; each failure names the field and a bundle key.
 */
public final class Texts {

    private Texts() {
    }

    /** Returns the trimmed text, or throws if it is blank or longer than {@code maxLength}. */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailedException(field, "validation.required");
        }
        return optional(field, value, maxLength);
    }

    /** Returns the trimmed text or null if blank; throws if it is longer than {@code maxLength}. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new ValidationFailedException(field, "validation.tooLong", String.valueOf(maxLength));
        }
        return trimmed;
    }

    /** Returns the value, or throws if it is null. */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationFailedException(field, "validation.required");
        }
        return value;
    }
}
