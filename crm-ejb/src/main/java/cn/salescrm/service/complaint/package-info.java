/**
 * Complaints of a customer (客户投诉记录).
 */
package cn.salescrm.service.complaint;
