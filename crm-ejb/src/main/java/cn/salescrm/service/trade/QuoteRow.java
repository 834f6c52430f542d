package cn.salescrm.service.trade;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of 客户报价明细; {@code unitPrice} is in yuan per piece.
 */
public record QuoteRow(long id, String quoteNo, LocalDate quoteDate, String productName, BigDecimal unitPrice,
                       long quantity, LocalDate validUntil, String quotedByName) implements Serializable {
}
