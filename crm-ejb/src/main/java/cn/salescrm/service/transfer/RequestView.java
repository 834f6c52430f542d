package cn.salescrm.service.transfer;

import cn.salescrm.domain.transfer.RequestStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A transfer or share request as the tab and the approval page show it.
 *
 * @param newOwnerName the requested owner, or null if the request changes sharers only
 * @param customerChanged whether the customer changed after the request was made, so that approving
 *        it would mark it 已失效
 */
public record RequestView(long id, RequestStatus status, String customerCode, String customerName,
                          String requesterLogin, String requesterName, Instant requestedAt,
                          String previousOwnerName, String newOwnerName, boolean keepPreviousOwner,
                          Instant previousOwnerShareUntil, List<SharerChange> sharersAdded,
                          List<SharerChange> sharersRemoved, String reason, boolean customerChanged)
        implements Serializable {
}
