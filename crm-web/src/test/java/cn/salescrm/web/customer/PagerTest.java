package cn.salescrm.web.customer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagerTest {

    @Test
    void emptyResultHasOnePage() {
        Pager pager = new Pager(20);
        pager.setTotal(0);

        assertEquals(0, pager.getLastIndex());
        assertTrue(pager.isFirstPage());
        assertTrue(pager.isLastPage());
        assertEquals(List.of(0), pager.getWindow());
    }

    @Test
    void lastIndexRoundsUp() {
        Pager pager = new Pager(20);
        pager.setTotal(41);

        assertEquals(2, pager.getLastIndex());
        assertEquals(3, pager.getPageCount());
    }

    @Test
    void exactMultipleHasNoEmptyLastPage() {
        Pager pager = new Pager(20);
        pager.setTotal(40);

        assertEquals(1, pager.getLastIndex());
    }

    @Test
    void pageIndexIsClamped() {
        Pager pager = new Pager(10);
        pager.setTotal(25);

        pager.setPageIndex(7);
        assertEquals(2, pager.getPageIndex());
        pager.setPageIndex(-3);
        assertEquals(0, pager.getPageIndex());
    }

    @Test
    void firstRowFollowsPage() {
        Pager pager = new Pager(10);
        pager.setTotal(100);
        pager.setPageIndex(3);

        assertEquals(30, pager.first());
        assertFalse(pager.isFirstPage());
        assertFalse(pager.isLastPage());
    }

    @Test
    void windowCentresOnCurrentPage() {
        Pager pager = new Pager(10);
        pager.setTotal(1_000);
        pager.setPageIndex(50);

        List<Integer> window = pager.getWindow();
        assertEquals(Pager.WINDOW, window.size());
        assertTrue(window.contains(50));
        assertEquals(45, window.get(0));
    }

    @Test
    void windowStopsAtLastPage() {
        Pager pager = new Pager(10);
        pager.setTotal(1_000);
        pager.setPageIndex(99);

        List<Integer> window = pager.getWindow();
        assertEquals(99, window.get(window.size() - 1));
        assertEquals(Pager.WINDOW, window.size());
    }
}
