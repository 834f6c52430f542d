package cn.salescrm.bench.transfer;

/**
 * One planned transfer: the customer, the version its form would carry, the new owner and the
 * one salesperson it is shared with.
 */
record TransferCase(long customerId, String customerCode, long version, long newOwnerId, long sharerId) {
}
