package cn.salescrm.service.customer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the customer grid.
 *
 * @param productLines names of the customer's product lines, in display order
 * @param sharedWithCaller the caller works this customer as a sharer, not as its owner
 * @param shared the customer has at least one unexpired sharer
 */
public record CustomerRow(long id, String code, String name, List<String> productLines, String ownerName,
                          String merchandiserName, LocalDate lastTransactionDate, CustomerScale scale,
                          CustomerType type, BusinessStatus businessStatus, Instant updatedAt,
                          CustomerStatus status, boolean sharedWithCaller, boolean shared) implements Serializable {
}
