package cn.salescrm.service.directory;

import cn.salescrm.domain.people.SalesRegion;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.service.security.Caller;

import java.util.List;

/**
 * Reference data and the people directory for choice lists, and the current user for the top bar.
 */
public interface DirectoryService {

    /** Returns the logged-in user with their directory entries. */
    Caller currentUser();

    /** Returns the active salespeople, ordered by code. */
    List<SalespersonOption> activeSalespeople();

    /** Returns the product lines in display order. */
    List<ProductLine> productLines();

    /** Returns the sales regions in display order. */
    List<SalesRegion> salesRegions();
}
