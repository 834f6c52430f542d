/**
 * The managers' approval page for transfer and share requests.
 */
package cn.salescrm.web.approval;
