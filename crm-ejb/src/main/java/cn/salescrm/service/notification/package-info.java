/**
 * The caller's in-app notifications (消息通知): unread count, list and marking read.
 */
package cn.salescrm.service.notification;
