package cn.salescrm.service.directory;

import cn.salescrm.domain.people.SalesRegion;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.support.ResultPage;

import java.util.List;

/**
 * Reference data and the people directory for choice lists, and the current user for the top bar.
 */
public interface DirectoryService {

    /** Returns the logged-in user with their directory entries. */
    Caller currentUser();

    /** Returns the active salespeople, ordered by code. */
    List<SalespersonOption> activeSalespeople();

    /**
     * Returns one page of the salesperson picker (可选人员列表): active salespeople but the excluded one,
     * whose code, name, region or merchandiser contains {@code filter}, ordered by code.
     *
     * @param filter search text, taken literally; null or blank for all
     * @param excludedId the salesperson the picker must not offer (the current owner), or null
     */
    ResultPage<SalespersonOption> pickSalespeople(String filter, Long excludedId, int first, int pageSize);

    /** Returns the people of the directory who have a login: salespeople, then merchandisers. */
    List<DirectoryPerson> peopleWithLogin();

    /** Returns the product lines in display order. */
    List<ProductLine> productLines();

    /** Returns the sales regions in display order. */
    List<SalesRegion> salesRegions();
}
