/**
 * Customer projects (客户项目记录) and their progress reports.
 */
package cn.salescrm.service.project;
