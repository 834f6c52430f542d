package cn.salescrm.domain.customer;

/**
 * Geographic area of a customer (地域), used as a grid filter.
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.Territory.<CONSTANT>}.
 */
public enum Territory {
    SOUTH_CHINA,
    EAST_CHINA,
    NORTH_CHINA,
    CENTRAL_CHINA,
    SOUTHWEST,
    NORTHWEST,
    NORTHEAST,
    OVERSEAS
}
