package cn.salescrm.web.support;

import cn.salescrm.service.support.ResultPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A PrimeFaces lazy table model whose pages come from a service that pages in the database.
 * Sorting and filtering are the service's fixed order; the table only pages.
 */
public class ServicePageModel<T extends Serializable> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page: the rows from {@code first} (counted from 0) and the total count. */
    @FunctionalInterface
    public interface PageLoader<T extends Serializable> extends Serializable {
        ResultPage<T> load(int first, int pageSize);
    }

    private final PageLoader<T> loader;

    public ServicePageModel(PageLoader<T> loader) {
        this.loader = loader;
    }

    // NOTE: PrimeFaces calls count() before each load(), and the service counts in both calls, so a
    // page costs two count queries. A count-only service method would save one.
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ResultPage<T> page = loader.load(first, pageSize);
        setRowCount((int) page.total());
        return page.rows();
    }
}
