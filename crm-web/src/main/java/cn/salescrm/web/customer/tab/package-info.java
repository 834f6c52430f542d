/**
 * The tabs of the customer detail page, one view bean each; a tab reads its data only when it is
 * first shown.
 */
package cn.salescrm.web.customer.tab;
