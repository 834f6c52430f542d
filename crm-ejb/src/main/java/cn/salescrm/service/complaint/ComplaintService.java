package cn.salescrm.service.complaint;

import cn.salescrm.service.support.ResultPage;

/**
 * Complaints of a customer (客户投诉记录).
 */
public interface ComplaintService {

    /**
     * Returns a page of the customer's complaints, newest first.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not see complaints
     */
    ResultPage<ComplaintRow> list(String customerCode, int first, int pageSize);

    /**
     * Records a complaint in status 待处理.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not add complaints
     * @throws cn.salescrm.service.error.ValidationFailedException if a field is missing or invalid
     */
    ComplaintRow add(String customerCode, NewComplaint input);
}
