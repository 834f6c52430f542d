package cn.salescrm.service.demo;

import java.sql.Types;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Tables that the demo data generator fills, with the columns it writes and their JDBC types.
 * A batch flush executes the statements in declaration order, which is the foreign key order, so
 * a child row never reaches the database before the row it references.
 */
enum DemoTable {
    SALES_REGION(true, "sales_region",
            "id BIGINT", "code VARCHAR", "name VARCHAR", "sort_order INTEGER"),
    PRODUCT_LINE(true, "product_line",
            "id BIGINT", "code VARCHAR", "name VARCHAR", "sort_order INTEGER"),
    APP_SETTING(false, "app_setting",
            "setting_key VARCHAR", "setting_value VARCHAR", "updated_at TIMESTAMPTZ", "updated_by VARCHAR"),
    MERCHANDISER(true, "merchandiser",
            "id BIGINT", "code VARCHAR", "name VARCHAR", "login_name VARCHAR", "phone VARCHAR",
            "active BOOLEAN"),
    SALESPERSON(true, "salesperson",
            "id BIGINT", "code VARCHAR", "name VARCHAR", "login_name VARCHAR", "region_id BIGINT",
            "merchandiser_id BIGINT", "phone VARCHAR", "email VARCHAR", "active BOOLEAN"),
    CUSTOMER(true, "customer",
            "id BIGINT", "code VARCHAR", "short_name VARCHAR", "name VARCHAR", "owner_id BIGINT",
            "merchandiser_id BIGINT", "distributor VARCHAR", "last_transaction_date DATE",
            "scale VARCHAR", "customer_type VARCHAR", "business_status VARCHAR", "status VARCHAR",
            "territory VARCHAR", "address VARCHAR", "phone VARCHAR", "website VARCHAR",
            "remark VARCHAR", "created_at TIMESTAMPTZ", "created_by VARCHAR",
            "updated_at TIMESTAMPTZ", "updated_by VARCHAR", "version BIGINT"),
    CUSTOMER_PRODUCT_LINE(false, "customer_product_line",
            "customer_id BIGINT", "product_line_id BIGINT"),
    CONTACT(true, "contact",
            "id BIGINT", "customer_id BIGINT", "name VARCHAR", "title VARCHAR", "phone VARCHAR",
            "mobile VARCHAR", "email VARCHAR", "wechat VARCHAR", "primary_contact BOOLEAN",
            "remark VARCHAR"),
    CUSTOMER_SHARE(true, "customer_share",
            "id BIGINT", "customer_id BIGINT", "salesperson_id BIGINT", "granted_at TIMESTAMPTZ",
            "granted_by VARCHAR", "expires_at TIMESTAMPTZ", "request_id BIGINT"),
    FOLLOW_UP(true, "follow_up",
            "id BIGINT", "customer_id BIGINT", "follow_up_date DATE", "method VARCHAR",
            "content VARCHAR", "next_step VARCHAR", "author_login VARCHAR", "author_name VARCHAR",
            "system_generated BOOLEAN", "created_at TIMESTAMPTZ"),
    PROJECT(true, "project",
            "id BIGINT", "customer_id BIGINT", "name VARCHAR", "product_line_id BIGINT",
            "stage VARCHAR", "expected_annual_volume BIGINT", "status VARCHAR",
            "description VARCHAR", "submitted_by_login VARCHAR", "submitted_by_name VARCHAR",
            "created_at TIMESTAMPTZ", "updated_at TIMESTAMPTZ"),
    PROJECT_REPORT(true, "project_report",
            "id BIGINT", "project_id BIGINT", "report_date DATE", "progress VARCHAR",
            "author_login VARCHAR", "author_name VARCHAR", "created_at TIMESTAMPTZ"),
    SALES_ORDER(true, "sales_order",
            "id BIGINT", "customer_id BIGINT", "order_no VARCHAR", "order_date DATE",
            "product_name VARCHAR", "product_line_id BIGINT", "quantity BIGINT", "amount NUMERIC",
            "status VARCHAR", "placed_by_login VARCHAR", "placed_by_name VARCHAR",
            "created_at TIMESTAMPTZ"),
    QUOTE(true, "quote",
            "id BIGINT", "customer_id BIGINT", "quote_no VARCHAR", "quote_date DATE",
            "product_name VARCHAR", "unit_price NUMERIC", "quantity BIGINT", "valid_until DATE",
            "quoted_by_login VARCHAR", "quoted_by_name VARCHAR", "created_at TIMESTAMPTZ"),
    INQUIRY(true, "inquiry",
            "id BIGINT", "customer_id BIGINT", "inquiry_date DATE", "product_name VARCHAR",
            "quantity BIGINT", "target_price NUMERIC", "inquired_by_login VARCHAR",
            "inquired_by_name VARCHAR", "created_at TIMESTAMPTZ"),
    COMPLAINT(true, "complaint",
            "id BIGINT", "customer_id BIGINT", "complaint_date DATE", "subject VARCHAR",
            "description VARCHAR", "status VARCHAR", "handled_by VARCHAR",
            "created_by_login VARCHAR", "created_by_name VARCHAR", "created_at TIMESTAMPTZ");

    private final boolean sequenced;
    private final String tableName;
    private final String[] columnNames;
    private final int[] sqlTypes;

    DemoTable(boolean sequenced, String tableName, String... columns) {
        this.sequenced = sequenced;
        this.tableName = tableName;
        this.columnNames = new String[columns.length];
        this.sqlTypes = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String[] nameAndType = columns[i].split(" ");
            columnNames[i] = nameAndType[0];
            sqlTypes[i] = sqlType(nameAndType[1]);
        }
    }

    /** Returns whether the table has an id sequence {@code <table>_seq} to restart after the fill. */
    boolean sequenced() {
        return sequenced;
    }

    String tableName() {
        return tableName;
    }

    int columnCount() {
        return columnNames.length;
    }

    /** Returns the {@link Types} constant used to bind a null in the given 1-based column. */
    int sqlType(int parameterIndex) {
        return sqlTypes[parameterIndex - 1];
    }

    String insertSql() {
        String placeholders = Arrays.stream(columnNames).map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + tableName + " (" + String.join(", ", columnNames) + ") VALUES ("
                + placeholders + ")";
    }

    private static int sqlType(String typeName) {
        return switch (typeName) {
            case "BIGINT" -> Types.BIGINT;
            case "INTEGER" -> Types.INTEGER;
            case "VARCHAR" -> Types.VARCHAR;
            case "BOOLEAN" -> Types.BOOLEAN;
            case "NUMERIC" -> Types.NUMERIC;
            case "DATE" -> Types.DATE;
            case "TIMESTAMPTZ" -> Types.TIMESTAMP_WITH_TIMEZONE;
            default -> throw new IllegalArgumentException("Unknown column type: " + typeName);
        };
    }
}
