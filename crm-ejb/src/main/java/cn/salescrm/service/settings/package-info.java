/**
 * Application settings for administrators, such as the approval policy of transfer requests.
 */
package cn.salescrm.service.settings;
