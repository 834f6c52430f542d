/**
 * The page frame: top bar, menu, current user and display language.
 */
package cn.salescrm.web.layout;
