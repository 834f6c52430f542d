/**
 * JPA infrastructure shared by all entities, such as the attribute converter that stores every
 * {@link java.time.Instant} in UTC.
 */
package cn.salescrm.domain.support;
