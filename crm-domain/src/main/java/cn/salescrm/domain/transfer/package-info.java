/**
 * Transfer and share requests with their approval, single and bulk ownership transfers, the insert-only
 * audit trail of every change of ownership or sharing, and the notifications sent about them.
 */
package cn.salescrm.domain.transfer;
