/**
 * Rights on a customer: the relations of a user to a customer and the rights matrix
 * that maps each action to the relations allowed to take it. Container-free, so unit-testable.
 */
package cn.salescrm.domain.access;
