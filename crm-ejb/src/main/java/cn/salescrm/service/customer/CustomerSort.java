package cn.salescrm.service.customer;

import java.io.Serializable;

/**
 * Sort order of the customer grid. Ties are broken by the customer id, so paging is stable.
 */
public record CustomerSort(Field field, boolean ascending) implements Serializable {

    /** Sortable columns of the grid. */
    public enum Field {
        CODE("code"),
        NAME("name"),
        LAST_TRANSACTION_DATE("lastTransactionDate"),
        SCALE("scale"),
        TYPE("type"),
        BUSINESS_STATUS("businessStatus"),
        UPDATED_AT("updatedAt"),
        STATUS("status");

        private final String attribute;

        Field(String attribute) {
            this.attribute = attribute;
        }

        /** Returns the name of the customer attribute sorted on. */
        public String attribute() {
            return attribute;
        }
    }

    /** Returns the grid's default order: 更新日期, newest first. */
    public static CustomerSort defaultOrder() {
        return new CustomerSort(Field.UPDATED_AT, false);
    }
}
