/**
 * Application settings that administrators change at run time, stored as key and value.
 */
package cn.salescrm.domain.settings;
