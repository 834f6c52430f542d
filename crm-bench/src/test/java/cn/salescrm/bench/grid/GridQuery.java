package cn.salescrm.bench.grid;

import cn.salescrm.service.customer.CustomerFilter;
import cn.salescrm.service.customer.CustomerSort;

/**
 * One customer grid request of the benchmark: the caller, with which filter and order, from which
 * row, as {@code CustomerQueryService.search} takes it.
 *
 * @param label the row name in the results table
 * @param first the first row of the page, counted from 0
 */
record GridQuery(String label, String login, CustomerFilter filter, CustomerSort sort, int first, int pageSize) {
}
