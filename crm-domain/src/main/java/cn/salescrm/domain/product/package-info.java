/**
 * Product lines (产品线), the reference data that customers, projects and orders are classified by.
 */
package cn.salescrm.domain.product;
