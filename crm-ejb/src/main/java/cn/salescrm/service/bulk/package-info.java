/**
 * Bulk transfer (批量移交): moving many customers of one salesperson to other salespeople as a job
 * that runs in chunks and resumes after a restart.
 */
package cn.salescrm.service.bulk;
