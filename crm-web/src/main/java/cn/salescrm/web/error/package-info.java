/**
 * Error pages: what a user sees instead of a stack trace.
 */
package cn.salescrm.web.error;
