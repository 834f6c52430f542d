/**
 * The audit trail (审计日志) for managers: search with filters, paging and batches for the export.
 * The trail has no update or delete path.
 */
package cn.salescrm.service.audit;
