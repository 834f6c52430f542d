package cn.salescrm.service.customer;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the customer grid and the number of customers that match in all.
 *
 * @param total the number of matching customers, or {@link CustomerQueryService#COUNT_LIMIT} when more match
 * @param totalCapped whether more than {@link CustomerQueryService#COUNT_LIMIT} customers match
 */
public record CustomerPage(List<CustomerRow> rows, long total, boolean totalCapped) implements Serializable {
}
