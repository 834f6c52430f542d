package cn.salescrm.service.customer;

import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.support.Texts;

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
        Texts.required("code", input.code(), 20);
        if (!CODE.matcher(normalizeCode(input.code())).matches()) {
            throw new ValidationFailedException("code", "customer.code.pattern");
        }
        Texts.required("shortName", input.shortName(), 50);
        Texts.required("name", input.name(), 200);
        if (input.productLineIds() == null || input.productLineIds().isEmpty()) {
            throw new ValidationFailedException("productLines", "validation.required");
        }
        Texts.present("scale", input.scale());
        Texts.present("type", input.type());
        Texts.present("businessStatus", input.businessStatus());
        Texts.present("territory", input.territory());
        Texts.optional("distributor", input.distributor(), 200);
        Texts.optional("address", input.address(), 300);
        Texts.optional("phone", input.phone(), 30);
        Texts.optional("website", input.website(), 200);
        Texts.optional("remark", input.remark(), 2000);
        Texts.optional("contactName", input.contactName(), 50);
        Texts.optional("contactPhone", input.contactPhone(), 30);
    }
}
