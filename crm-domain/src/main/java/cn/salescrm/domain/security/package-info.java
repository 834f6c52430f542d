/**
 * Names of the application roles that the login realm grants and the business layer checks.
 */
package cn.salescrm.domain.security;
