/**
 * Transfers and shares of customers: submits, approval and carrying a change out.
 */
package cn.salescrm.service.transfer;
