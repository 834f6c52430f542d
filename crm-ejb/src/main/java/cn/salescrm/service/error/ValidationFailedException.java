package cn.salescrm.service.error;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * Thrown when input fails a check that only the service can make, such as a customer code already
 * in use. Nothing has been written. Pages show {@link #messageKey()} from their resource bundle
 * beside the named field.
 */
@ApplicationException(rollback = true)
public class ValidationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final List<String> arguments;

    /**
     * @param field the input field at fault, or null if the input as a whole is invalid
     * @param messageKey resource bundle key of the message for the user
     * @param arguments values for the message's {0}, {1}, ... placeholders
     */
    public ValidationFailedException(String field, String messageKey, String... arguments) {
        super(messageKey + (field == null ? "" : " (field " + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> arguments() {
        return arguments;
    }
}
