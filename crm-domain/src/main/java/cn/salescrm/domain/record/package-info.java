/**
 * Records kept per customer: follow-ups, projects and their progress reports, sales orders, quotes,
 * inquiries, complaints and attachments.
 */
package cn.salescrm.domain.record;
