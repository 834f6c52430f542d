package cn.salescrm.service.trade;

import cn.salescrm.domain.record.OrderStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of 客户订单记录; {@code amount} is in yuan.
 */
public record OrderRow(long id, String orderNo, LocalDate orderDate, String productName, long quantity,
                       BigDecimal amount, OrderStatus status, String placedByName) implements Serializable {
}
