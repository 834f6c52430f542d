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
     * Returns the page that starts at row {@code first} (from 0) of the customers matching
     * {@code filter}, in {@code sort} order, with the total count of matching customers.
     *
     * @throws IllegalArgumentException if {@code first} is negative or {@code pageSize} is below 1
     */
    CustomerPage search(CustomerFilter filter, CustomerSort sort, int first, int pageSize);
}
