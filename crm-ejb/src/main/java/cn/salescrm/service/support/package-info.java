/**
 * Small helpers shared by the services: result pages, paging and input checks.
 */
package cn.salescrm.service.support;
