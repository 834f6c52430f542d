package cn.salescrm.domain.access;

import java.util.EnumSet;
import java.util.Set;

import static cn.salescrm.domain.access.Relation.MANAGER;
import static cn.salescrm.domain.access.Relation.MERCHANDISER;
import static cn.salescrm.domain.access.Relation.OWNER;
import static cn.salescrm.domain.access.Relation.SHARER;

/**
 * Actions on one customer and the relations allowed to take each: the rights matrix.
 * The service layer checks every call against it; pages only use it to hide what would be refused.
 */
public enum CustomerAction {
    /** See the customer in the grid and open its detail. */
    VIEW(OWNER, SHARER, MERCHANDISER, MANAGER),
    /** Edit 客户基本资料 and contacts. */
    EDIT_BASIC(OWNER, MANAGER),
    ADD_FOLLOW_UP(OWNER, SHARER, MERCHANDISER, MANAGER),
    /** Submit a project (提交项目) or report on one (汇报项目). */
    WORK_PROJECTS(OWNER, SHARER, MANAGER),
    /** See orders, quotes and inquiries. */
    VIEW_TRADE(OWNER, SHARER, MERCHANDISER, MANAGER),
    PLACE_ORDER(OWNER, SHARER, MANAGER),
    VIEW_COMPLAINTS_AND_ATTACHMENTS(OWNER, SHARER, MERCHANDISER, MANAGER),
    ADD_COMPLAINTS_AND_ATTACHMENTS(OWNER, SHARER, MANAGER),
    /** Submit a transfer or share change; a manager's takes effect at once, an owner's is a request. */
    REQUEST_TRANSFER(OWNER, MANAGER),
    VIEW_TRANSFER_HISTORY(OWNER, SHARER, MANAGER);

    private final Set<Relation> allowed;

    CustomerAction(Relation first, Relation... rest) {
        this.allowed = EnumSet.of(first, rest);
    }

    /** Returns whether a user with this relation to the customer may take the action. */
    public boolean isAllowedFor(Relation relation) {
        return allowed.contains(relation);
    }
}
