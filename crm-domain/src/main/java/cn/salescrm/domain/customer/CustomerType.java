package cn.salescrm.domain.customer;

/**
 * Kind of business a customer does (客户类型): end user, distributor, trader or other.
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.CustomerType.<CONSTANT>}.
 */
public enum CustomerType {
    END_USER,
    DISTRIBUTOR,
    TRADER,
    OTHER
}
