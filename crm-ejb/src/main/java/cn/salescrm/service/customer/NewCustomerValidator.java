package cn.salescrm.service.customer;

import cn.salescrm.service.error.ValidationFailedException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Field checks of {@link NewCustomer}, the limits matching the customer table's columns.
 */
final class NewCustomerValidator {

    /** Letters, digits and hyphens, starting with a letter or digit, at most 20 characters (e.g. S037). */
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

    private NewCustomerValidator() {
    }

    /** Returns the code as stored: trimmed and upper case. */
    static String normalizeCode(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Checks every field and throws for the first one at fault.
     *
     * @throws ValidationFailedException naming the field and the message key
     */
    static void validate(NewCustomer input) {
        if (input == null) {
            throw new ValidationFailedException(null, "validation.required");
        }
        requireText("code", input.code(), 20);
        if (!CODE.matcher(normalizeCode(input.code())).matches()) {
            throw new ValidationFailedException("code", "customer.code.pattern");
        }
        requireText("shortName", input.shortName(), 50);
        requireText("name", input.name(), 200);
        if (input.productLineIds() == null || input.productLineIds().isEmpty()) {
            throw new ValidationFailedException("productLines", "validation.required");
        }
        requireValue("scale", input.scale());
        requireValue("type", input.type());
        requireValue("businessStatus", input.businessStatus());
        requireValue("territory", input.territory());
        limitText("distributor", input.distributor(), 200);
        limitText("address", input.address(), 300);
        limitText("phone", input.phone(), 30);
        limitText("website", input.website(), 200);
        limitText("remark", input.remark(), 2000);
        limitText("contactName", input.contactName(), 50);
        limitText("contactPhone", input.contactPhone(), 30);
    }

    private static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailedException(field, "validation.required");
        }
        limitText(field, value, maxLength);
    }

    private static void requireValue(String field, Object value) {
        if (value == null) {
            throw new ValidationFailedException(field, "validation.required");
        }
    }

    private static void limitText(String field, String value, int maxLength) {
        if (value != null && value.trim().length() > maxLength) {
            throw new ValidationFailedException(field, "validation.tooLong", String.valueOf(maxLength));
        }
    }
}
