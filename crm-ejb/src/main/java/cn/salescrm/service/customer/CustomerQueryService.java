package cn.salescrm.service.customer;

/**
 * Searches the customers the caller may see, for the customer grid (客户资料).
 *
 * <p>Filtering, sorting, paging and counting happen in the database. A salesperson gets the
 * customers they own, share (unexpired) or merchandise, a merchandiser those assigned to them, and
 * a manager all. A customer appears once per page and counts once, however many sharers it has.
 */
public interface CustomerQueryService {

    /** Largest page size accepted; larger requests are cut to it. */
    int MAX_PAGE_SIZE = cn.salescrm.service.support.Paging.MAX_PAGE_SIZE;

    /**
     * Most matching customers the grid counts. Counting every match of a million-row table on each page
     * costs more than the page itself, so beyond this the grid shows "more than" and pages up to it.
     */
    int COUNT_LIMIT = 10_000;

    /**
     * Returns the page that starts at row {@code first} (from 0) of the customers matching
     * {@code filter}, in {@code sort} order, with the count of matching customers up to {@link #COUNT_LIMIT}.
     *
     * @throws IllegalArgumentException if {@code first} is negative or {@code pageSize} is below 1
     */
    CustomerPage search(CustomerFilter filter, CustomerSort sort, int first, int pageSize);
}
