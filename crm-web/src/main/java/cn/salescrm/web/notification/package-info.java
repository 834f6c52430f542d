/**
 * The notification list (消息通知) and the unread badge of the top bar.
 */
package cn.salescrm.web.notification;
