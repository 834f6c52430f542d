/**
 * Customer services: the grid's search, opening a customer, creating one.
 */
package cn.salescrm.service.customer;
