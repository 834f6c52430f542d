/**
 * Read access to the salesperson directory and reference data for pages' choice lists.
 */
package cn.salescrm.service.directory;
