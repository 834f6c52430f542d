package cn.salescrm.service.customer;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the customer grid and the number of customers that match in all.
 */
public record CustomerPage(List<CustomerRow> rows, long total) implements Serializable {
}
