/**
 * Exceptions that services throw for input they reject; each carries a resource bundle key.
 */
package cn.salescrm.service.error;
