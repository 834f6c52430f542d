package cn.salescrm.service.transfer;

import cn.salescrm.domain.transfer.RequestShareChange;
import cn.salescrm.domain.transfer.ShareChangeType;
import cn.salescrm.domain.transfer.TransferRequest;

import java.util.Comparator;
import java.util.List;

/**
 * Turns requests into the view records the pages show.
 */
final class RequestViews {

    private RequestViews() {
    }

    static RequestView of(TransferRequest request) {
        return new RequestView(request.getId(), request.getStatus(), request.getCustomer().getCode(),
                request.getCustomer().getName(), request.getRequestedByLogin(), request.getRequestedByName(),
                request.getRequestedAt(), request.getPreviousOwner().getName(),
                request.changesOwner() ? request.getNewOwner().getName() : null, request.isKeepPreviousOwner(),
                request.getPreviousOwnerShareUntil(), sharers(request, ShareChangeType.ADD),
                sharers(request, ShareChangeType.REMOVE), request.getReason(),
                request.getCustomer().getVersion() != request.getCustomerVersion());
    }

    /** Returns the request's sharer changes of one type, by name. */
    static List<SharerChange> sharers(TransferRequest request, ShareChangeType type) {
        return request.getShareChanges().stream()
                .filter(change -> change.getChangeType() == type)
                .map(RequestViews::sharer)
                .sorted(Comparator.comparing(SharerChange::name))
                .toList();
    }

    private static SharerChange sharer(RequestShareChange change) {
        return new SharerChange(change.getSalesperson().getId(), change.getSalesperson().getName(),
                change.getExpiresAt());
    }
}
