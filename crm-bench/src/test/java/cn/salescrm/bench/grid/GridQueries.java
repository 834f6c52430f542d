package cn.salescrm.bench.grid;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.service.customer.CustomerFilter;
import cn.salescrm.service.customer.CustomerSort;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid requests the benchmark measures for one login: the first page without a filter, with
 * each common filter and with the fuzzy search, sorted by 更新日期 (the default) and by 客户名称,
 * and one deep page.
 */
final class GridQueries {

    /** Rows per page, as the grid shows them by default. */
    static final int PAGE_SIZE = 20;

    /** Fuzzy search text; the demo company names contain it often but not mostly. */
    static final String KEYWORD = "光电";
    /** A one-character search: a brand syllable of the demo names. */
    static final String ONE_CHARACTER = "睿";
    /** A search of three characters or more, which the trigram index of the search text serves. */
    static final String LONG_KEYWORD = "光电有限公司";

    private GridQueries() {
    }

    /**
     * Returns the requests of the login.
     *
     * @param productLineId the product line to filter by
     * @param deepPage the page number of the deep page, counted from 1
     */
    static List<GridQuery> of(String login, long productLineId, int deepPage) {
        CustomerFilter none = CustomerFilter.none();
        CustomerSort updated = CustomerSort.defaultOrder();
        CustomerSort name = new CustomerSort(CustomerSort.Field.NAME, true);
        List<GridQuery> queries = new ArrayList<>();
        queries.add(first(login, "no filter", none, updated));
        queries.add(first(login, "no filter, by 客户名称", none, name));
        queries.add(first(login, "product line", new CustomerFilter(productLineId, null, null, null, null, null,
                null, null, null), updated));
        queries.add(first(login, "business status", new CustomerFilter(null, null, BusinessStatus.MASS_PRODUCTION,
                null, null, null, null, null, null), updated));
        queries.add(first(login, "scale", new CustomerFilter(null, null, null, CustomerScale.MEDIUM, null, null,
                null, null, null), updated));
        queries.add(first(login, "type", new CustomerFilter(null, null, null, null, CustomerType.DISTRIBUTOR, null,
                null, null, null), updated));
        queries.add(first(login, "territory", new CustomerFilter(null, null, null, null, null, null,
                Territory.EAST_CHINA, null, null), updated));
        queries.add(first(login, "status", new CustomerFilter(null, null, null, null, null, null, null, null,
                CustomerStatus.PENDING_REVIEW), updated));
        queries.add(first(login, "keyword " + KEYWORD, none.withKeyword(KEYWORD), updated));
        queries.add(first(login, "keyword " + KEYWORD + ", by 客户名称", none.withKeyword(KEYWORD), name));
        queries.add(first(login, "keyword " + ONE_CHARACTER, none.withKeyword(ONE_CHARACTER), updated));
        queries.add(first(login, "keyword " + LONG_KEYWORD, none.withKeyword(LONG_KEYWORD), updated));
        queries.add(new GridQuery("no filter, page " + deepPage, login, none, updated, (deepPage - 1) * PAGE_SIZE,
                PAGE_SIZE));
        return queries;
    }

    private static GridQuery first(String login, String label, CustomerFilter filter, CustomerSort sort) {
        return new GridQuery(label, login, filter, sort, 0, PAGE_SIZE);
    }
}
