package cn.salescrm.domain.customer;

/**
 * Size class of a customer (客户规模).
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.CustomerScale.<CONSTANT>}.
 */
public enum CustomerScale {
    LARGE,
    MEDIUM,
    SMALL
}
