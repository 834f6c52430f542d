/**
 * Login and logout: the Jakarta Security form mechanism and the identity store that checks
 * passwords against WildFly's Elytron realm.
 */
package cn.salescrm.web.security;
