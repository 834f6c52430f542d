/**
 * The rights decision: a caller's relation to a customer, the grid's visibility predicate, and the
 * check every per-customer service call makes before it reads or writes.
 */
package cn.salescrm.service.access;
