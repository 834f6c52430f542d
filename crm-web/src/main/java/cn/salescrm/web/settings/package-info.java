/**
 * The settings page (系统设置) for administrators.
 */
package cn.salescrm.web.settings;
