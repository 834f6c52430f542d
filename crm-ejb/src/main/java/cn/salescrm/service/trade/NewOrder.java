package cn.salescrm.service.trade;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Input of 下单. The amount is {@code quantity × unitPrice}, rounded to the fen.
 *
 * @param unitPrice yuan per piece, more than 0
 */
public record NewOrder(LocalDate orderDate, Long productLineId, String productName, Long quantity,
                       BigDecimal unitPrice) implements Serializable {
}
