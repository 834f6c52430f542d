/**
 * Customers, their contacts, and the shares that let salespeople other than the owner work a customer.
 */
package cn.salescrm.domain.customer;
