package cn.salescrm.web.customer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.service.customer.CustomerFilter;
import cn.salescrm.service.customer.CustomerPage;
import cn.salescrm.service.customer.CustomerQueryService;
import cn.salescrm.service.customer.CustomerSort;
import cn.salescrm.service.directory.DirectoryService;
import cn.salescrm.service.directory.SalespersonOption;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of {@code customers.xhtml}, the customer grid (客户资料). Holds the filter form, the
 * sort order and the page number; the rows of one page come from {@link CustomerQueryService},
 * which applies the user's scope in the database.
 */
@Named
@ViewScoped
public class CustomerListView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<Integer> PAGE_SIZES = List.of(10, 20, 50, 100);

    @EJB
    private CustomerQueryService queryService;

    @EJB
    private DirectoryService directory;

    private final FilterForm form = new FilterForm();
    private CustomerFilter applied = CustomerFilter.none();
    private CustomerSort sort = CustomerSort.defaultOrder();
    private final Pager pager = new Pager(20);
    private boolean totalCapped;
    private CustomerPage page;

    private List<ProductLine> productLines;
    private List<SalespersonOption> salespeople;

    @PostConstruct
    void init() {
        productLines = directory.productLines();
        salespeople = directory.activeSalespeople();
        form.setSalespersonId(directory.currentUser().salespersonId());
        search();
    }

    /** Applies the filter form (提交查询) and shows the first page. */
    public void search() {
        applied = form.toFilter();
        pager.setPageIndex(0);
        load();
    }

    /** Sorts by the column, or reverses the order if it is already the sort column. */
    public void sortBy(CustomerSort.Field field) {
        boolean ascending = sort.field() == field ? !sort.ascending() : field != CustomerSort.Field.UPDATED_AT;
        sort = new CustomerSort(field, ascending);
        pager.setPageIndex(0);
        load();
    }

    /** Shows the page with the given index, counted from 0, kept within the existing pages. */
    public void goToPage(int index) {
        pager.setPageIndex(index);
        load();
    }

    /** Applies a new page size and returns to the first page. */
    public void changePageSize() {
        pager.setPageIndex(0);
        load();
    }

    private void load() {
        page = queryService.search(applied, sort, pager.first(), pager.getPageSize());
        pager.setTotal(page.total());
        totalCapped = page.totalCapped();
        if (page.rows().isEmpty() && pager.getPageIndex() > 0) {
            pager.setPageIndex(pager.getLastIndex());
            page = queryService.search(applied, sort, pager.first(), pager.getPageSize());
            pager.setTotal(page.total());
            totalCapped = page.totalCapped();
        }
    }

    /** Returns the sort marker of a column header: ▲, ▼ or nothing. */
    public String sortMarker(CustomerSort.Field field) {
        if (sort.field() != field) {
            return "";
        }
        return sort.ascending() ? "▲" : "▼";
    }

    public FilterForm getForm() {
        return form;
    }

    public CustomerPage getPage() {
        return page;
    }

    /** Returns whether more customers match than the grid counts, so the footer shows "more than". */
    public boolean isTotalCapped() {
        return totalCapped;
    }

    public Pager getPager() {
        return pager;
    }

    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    public List<ProductLine> getProductLines() {
        return productLines;
    }

    public List<SalespersonOption> getSalespeople() {
        return salespeople;
    }

    public BusinessStatus[] getBusinessStatuses() {
        return BusinessStatus.values();
    }

    public CustomerScale[] getScales() {
        return CustomerScale.values();
    }

    public CustomerType[] getTypes() {
        return CustomerType.values();
    }

    public Territory[] getTerritories() {
        return Territory.values();
    }

    public CustomerStatus[] getStatuses() {
        return CustomerStatus.values();
    }
}
