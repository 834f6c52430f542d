/**
 * The bulk transfer page (批量移交) for managers.
 */
package cn.salescrm.web.bulk;
