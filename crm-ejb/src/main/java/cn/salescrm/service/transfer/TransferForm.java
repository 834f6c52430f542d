package cn.salescrm.service.transfer;

import java.io.Serializable;
import java.util.List;

/**
 * Content of the 客户移交共享 tab: the customer, its owner and sharers, and a pending request.
 *
 * @param customerVersion the version a submit must carry back
 * @param pending the request waiting for a manager, or null; shown only to those who may see the history
 * @param mayRequest whether the caller may submit a transfer or share change
 * @param maySeeHistory whether the caller may see the transfer and share history
 * @param manager whether the caller is a manager, whose submit takes effect at once
 */
public record TransferForm(String code, String shortName, String name, long customerVersion, long ownerId,
                           String ownerCode, String ownerName, List<CurrentShare> shares, RequestView pending,
                           boolean mayRequest, boolean maySeeHistory, boolean manager) implements Serializable {
}
