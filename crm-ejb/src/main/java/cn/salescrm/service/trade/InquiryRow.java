package cn.salescrm.service.trade;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of 客户询价明细; {@code targetPrice} is in yuan per piece and may be null.
 */
public record InquiryRow(long id, LocalDate inquiryDate, String productName, long quantity, BigDecimal targetPrice,
                         String inquiredByName) implements Serializable {
}
