package cn.salescrm.service.transfer;

import java.io.Serializable;

/**
 * Numbers of the customer's records that go with it to a new owner.
 */
public record RecordCounts(long followUps, long projects, long orders, long quotes, long attachments)
        implements Serializable {
}
