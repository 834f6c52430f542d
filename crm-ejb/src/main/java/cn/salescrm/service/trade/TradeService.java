package cn.salescrm.service.trade;

import cn.salescrm.service.support.ResultPage;

/**
 * A customer's orders, quotes and inquiries. Quotes and inquiries are read-only here.
 */
public interface TradeService {

    /**
     * Returns a page of the customer's orders, newest first.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not see trade records
     */
    ResultPage<OrderRow> orders(String customerCode, int first, int pageSize);

    /**
     * Places an order (下单) in status 待确认 and moves the customer's 最近交易日 to its date if later.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not place orders
     * @throws cn.salescrm.service.error.ValidationFailedException if a field is missing or invalid
     */
    OrderRow placeOrder(String customerCode, NewOrder input);

    /** Returns a page of the customer's quotes, newest first; same rights as {@link #orders}. */
    ResultPage<QuoteRow> quotes(String customerCode, int first, int pageSize);

    /** Returns a page of the customer's inquiries, newest first; same rights as {@link #orders}. */
    ResultPage<InquiryRow> inquiries(String customerCode, int first, int pageSize);
}
