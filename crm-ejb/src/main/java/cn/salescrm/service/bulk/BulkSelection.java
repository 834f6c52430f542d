package cn.salescrm.service.bulk;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.Territory;

import java.io.Serializable;

/**
 * The customers a bulk transfer moves: those owned by the source salesperson, narrowed by the
 * optional filters. A null filter does not narrow.
 *
 * @param sourceSalespersonId the salesperson whose customers move (原负责人); required
 * @param productLineId customers with this product line among theirs
 */
public record BulkSelection(Long sourceSalespersonId, Territory territory, Long productLineId,
                            CustomerStatus status, BusinessStatus businessStatus) implements Serializable {

    /** Returns a selection of every customer the salesperson owns. */
    public static BulkSelection allOf(Long sourceSalespersonId) {
        return new BulkSelection(sourceSalespersonId, null, null, null, null);
    }
}
