/**
 * A customer's orders (下单 and 客户订单记录), quotes and inquiries.
 */
package cn.salescrm.service.trade;
