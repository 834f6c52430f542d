package cn.salescrm.domain.customer;

/**
 * Stage of the business with a customer (业务状态), from first contact to discontinued.
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.BusinessStatus.<CONSTANT>}.
 */
public enum BusinessStatus {
    DEVELOPING,
    SAMPLING,
    TRIAL_PRODUCTION,
    MASS_PRODUCTION,
    DISCONTINUED
}
