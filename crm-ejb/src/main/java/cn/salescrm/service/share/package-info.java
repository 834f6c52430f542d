/**
 * The share expiry timer: removes expired shares and notifies sharers before their share expires.
 */
package cn.salescrm.service.share;
