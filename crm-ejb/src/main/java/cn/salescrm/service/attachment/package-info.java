/**
 * Files attached to a customer (客户附件预览): allowed types, size limit, storage in the database.
 */
package cn.salescrm.service.attachment;
