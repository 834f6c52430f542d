package cn.salescrm.web.customer;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Page arithmetic of the grid's footer: 首页, 上一页, page numbers, 下一页, 尾页.
 * Indexes count from 0; the footer shows them from 1.
 */
public class Pager implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Number of page links shown around the current page. */
    static final int WINDOW = 10;

    private int pageSize;
    private int pageIndex;
    private long total;

    public Pager(int pageSize) {
        this.pageSize = pageSize;
    }

    /** Returns the row offset of the current page. */
    public int first() {
        return pageIndex * pageSize;
    }

    /** Returns the index of the last page; 0 when there are no rows. */
    public int getLastIndex() {
        return total == 0 ? 0 : (int) ((total - 1) / pageSize);
    }

    public int getPageCount() {
        return getLastIndex() + 1;
    }

    public boolean isFirstPage() {
        return pageIndex == 0;
    }

    public boolean isLastPage() {
        return pageIndex >= getLastIndex();
    }

    /** Returns the page indexes to link, at most {@link #WINDOW}, with the current one inside. */
    public List<Integer> getWindow() {
        int start = Math.max(0, Math.min(pageIndex - WINDOW / 2, getLastIndex() - WINDOW + 1));
        int end = Math.min(getLastIndex(), start + WINDOW - 1);
        return IntStream.rangeClosed(start, end).boxed().toList();
    }

    public int getPageIndex() {
        return pageIndex;
    }

    /** Sets the current page, kept between the first and the last. */
    public void setPageIndex(int pageIndex) {
        this.pageIndex = Math.max(0, Math.min(pageIndex, getLastIndex()));
    }

    public int getPageSize() {
        return pageSize;
    }

    /** Sets the page size; values below 1 are taken as 1. */
    public void setPageSize(int pageSize) {
        this.pageSize = Math.max(1, pageSize);
    }

    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
    }
}
