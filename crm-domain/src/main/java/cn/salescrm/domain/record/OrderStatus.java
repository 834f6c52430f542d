package cn.salescrm.domain.record;

/**
 * Processing status of a sales order (订单状态).
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.OrderStatus.<CONSTANT>}.
 */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    SHIPPED,
    COMPLETED,
    CANCELLED
}
