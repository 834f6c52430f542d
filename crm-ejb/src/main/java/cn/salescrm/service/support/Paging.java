package cn.salescrm.service.support;

/**
 * Checks of the paging arguments every list service takes.
 */
public final class Paging {

    /** Largest page any list returns; larger requests are cut to it. */
    public static final int MAX_PAGE_SIZE = 100;

    private Paging() {
    }

    /**
     * Returns the page size to use.
     *
     * @throws IllegalArgumentException if {@code first} is negative or {@code pageSize} is below 1
     */
    public static int checkedPageSize(int first, int pageSize) {
        if (first < 0 || pageSize < 1) {
            throw new IllegalArgumentException("Invalid page: first=" + first + ", pageSize=" + pageSize);
        }
        return Math.min(pageSize, MAX_PAGE_SIZE);
    }
}
