/**
 * Customer pages: the grid (客户资料), the detail page and the new-customer form.
 */
package cn.salescrm.web.customer;
