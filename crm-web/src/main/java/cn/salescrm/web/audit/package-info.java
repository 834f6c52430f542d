/**
 * The audit trail page (审计日志) and its Excel export.
 */
package cn.salescrm.web.audit;
