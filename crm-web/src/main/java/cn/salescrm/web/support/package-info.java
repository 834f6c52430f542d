/**
 * Helpers the pages share: texts and messages from the resource bundle, enumeration labels.
 */
package cn.salescrm.web.support;
