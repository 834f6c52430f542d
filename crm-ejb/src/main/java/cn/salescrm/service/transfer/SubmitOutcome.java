package cn.salescrm.service.transfer;

/**
 * Outcome of a submit or an approval.
 */
public enum SubmitOutcome {
    /** The change was carried out. */
    APPLIED,
    /** The change waits for a manager (待审批). */
    PENDING,
    /** The customer changed after the request was made; the request is 已失效 and nothing changed. */
    STALE
}
