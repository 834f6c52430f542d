/**
 * The caller of a service: login, roles and directory entries, and the exception for a denied
 * call.
 */
package cn.salescrm.service.security;
