/**
 * The share expiry timer: removes expired shares and tells sharers before their share expires.
 */
package cn.salescrm.service.share;
