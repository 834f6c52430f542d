package cn.salescrm.service.transfer;

import java.time.LocalDate;
import java.util.List;

/**
 * Builds the text of the system follow-up that records a carried-out transfer or share request, such
 * as "2026-12-04 客户移交给 王五, 取消共享 李四（审批人: 赵经理）". A single transfer and a bulk transfer
 * both build it here, so the customer's history reads the same whichever way the change came.
 */
public final class TransferFollowUpText {

    private TransferFollowUpText() {
    }

    /** Returns the whole text: the business day, the changes in the order they were carried out, and the approver. */
    public static String of(LocalDate day, List<String> changes, String approverName) {
        return day + " " + String.join(", ", changes) + "（审批人: " + approverName + "）";
    }

    /** Returns the change "the customer now belongs to {@code newOwnerName}". */
    public static String ownerChanged(String newOwnerName) {
        return "客户移交给 " + newOwnerName;
    }

    /** Returns the change "the previous owner stays as a sharer". */
    public static String previousOwnerKept(String previousOwnerName) {
        return "保留 " + previousOwnerName + " 为共享人员";
    }

    /** Returns the change "the customer is now shared with {@code sharerName}". */
    public static String shareAdded(String sharerName) {
        return "共享给 " + sharerName;
    }

    /** Returns the change "the share of {@code sharerName} is removed". */
    public static String shareRemoved(String sharerName) {
        return "取消共享 " + sharerName;
    }
}
