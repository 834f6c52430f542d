/**
 * Follow-up records of a customer (客户跟进记录).
 */
package cn.salescrm.service.followup;
