package cn.salescrm.domain.transfer;

/**
 * Direction of one sharer change inside a request.
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.ShareChangeType.<CONSTANT>}.
 */
public enum ShareChangeType {
    ADD,
    REMOVE
}
