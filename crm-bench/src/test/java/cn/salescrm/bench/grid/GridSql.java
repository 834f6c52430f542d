package cn.salescrm.bench.grid;

import cn.salescrm.service.customer.CustomerFilter;
import cn.salescrm.service.customer.CustomerQueryService;
import cn.salescrm.service.customer.CustomerSort;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The SQL that EclipseLink 4.0.9 sends to PostgreSQL for {@code CustomerQueryService.search},
 * written by hand after the statements in PostgreSQL's log ({@code log_min_duration_statement = 0})
 * of a benchmark run: the same tables, aliases, nesting of conditions and bound parameters. The
 * plain JDBC run of the grid benchmark sends these statements, so the difference to the service's
 * time is what the service adds on top of the database.
 *
 * <p>EclipseLink joins the filter predicates left to right with AND, then ANDs the join conditions
 * (product line link, owner) after them. A search reads a salesperson's shared customers first and
 * names them by id in the scope; it reads at most {@code COUNT_LIMIT + 1} ids to count, and the fuzzy
 * search reads the table {@code customer_search}.
 *
 * <p>NOTE: if the service's criteria query changes, these statements must follow it, or the ratio
 * compares different queries. The benchmark checks that both return the same total and page.
 */
final class GridSql {

    private static final String PAGE_COLUMNS = "t0.ID AS a1, t0.code AS a2, t0.name AS a3, t1.name AS a4, "
            + "t2.name AS a5, t0.last_transaction_date AS a6, t0.scale AS a7, t0.customer_type AS a8, "
            + "t0.business_status AS a9, t0.updated_at AS a10, t0.status AS a11";
    private static final String LIKE_ESCAPE = "\\";
    /** The most shared customers the service names by id in its scope; see CustomerAccess. */
    static final int MAX_LISTED_SHARES = 2_000;

    private GridSql() {
    }

    /** Returns the caller resolution's lookup of the login's salesperson entry. */
    static SqlStatement salespersonOfLogin(String login) {
        return new SqlStatement("SELECT ID, active, code, email, login_name, name, phone, merchandiser_id, region_id "
                + "FROM salesperson WHERE (login_name = ?)", List.of(login));
    }

    /** Returns the caller resolution's lookup of the login's merchandiser entry. */
    static SqlStatement merchandiserOfLogin(String login) {
        return new SqlStatement("SELECT ID, active, code, login_name, name, phone FROM merchandiser "
                + "WHERE (login_name = ?)", List.of(login));
    }

    /** Returns the ids of the salesperson's customers shared by an unexpired share, at most one more than listed. */
    static SqlStatement sharedCustomers(long salespersonId, Instant now) {
        return new SqlStatement("SELECT customer_id FROM customer_share WHERE ((salesperson_id = ?) AND "
                + "((expires_at IS NULL) OR (expires_at > ?))) LIMIT ? OFFSET ?",
                List.of(salespersonId, timestamp(now), MAX_LISTED_SHARES + 1, 0));
    }

    /** Returns the ids of the matching customers, at most one more than the count reports. */
    static SqlStatement countedIds(GridCaller caller, List<Long> sharedIds, CustomerFilter filter) {
        boolean byLine = filter.productLineId() != null;
        Aliases aliases = new Aliases(byLine ? "t1" : null, byLine ? "t2" : null, byLine ? "t3" : "t1");
        List<Object> parameters = new ArrayList<>();
        String restrictions = restrictions(caller, sharedIds, filter, aliases, parameters);
        String from = byLine ? "customer t0, customer_product_line t2, product_line t1" : "customer t0";
        String where = byLine ? and(restrictions, lineJoin(aliases)) : restrictions;
        parameters.add(CustomerQueryService.COUNT_LIMIT + 1);
        parameters.add(0);
        return new SqlStatement("SELECT t0.ID FROM " + from + (where == null ? "" : " WHERE " + where)
                + " LIMIT ? OFFSET ?", parameters);
    }

    /** Returns the rows of one page, in the requested order. */
    static SqlStatement page(GridCaller caller, List<Long> sharedIds, CustomerFilter filter, CustomerSort sort,
                             int first, int pageSize) {
        boolean byLine = filter.productLineId() != null;
        Aliases aliases = new Aliases(byLine ? "t3" : null, byLine ? "t4" : null, byLine ? "t5" : "t3");
        List<Object> parameters = new ArrayList<>();
        String restrictions = restrictions(caller, sharedIds, filter, aliases, parameters);
        String from = "customer t0 LEFT OUTER JOIN merchandiser t2 ON (t2.ID = t0.merchandiser_id), "
                + (byLine ? "customer_product_line t4, product_line t3, " : "") + "salesperson t1";
        String ownerJoin = "(t1.ID = t0.owner_id)";
        String joins = byLine ? and(lineJoin(aliases), ownerJoin) : ownerJoin;
        String direction = sort.ascending() ? "ASC" : "DESC";
        parameters.add(pageSize);
        parameters.add(first);
        return new SqlStatement("SELECT " + PAGE_COLUMNS + " FROM " + from + " WHERE " + and(restrictions, joins)
                + " ORDER BY t0." + column(sort.field()) + " " + direction + ", t0.ID " + direction
                + " LIMIT ? OFFSET ?", parameters);
    }

    /** Returns the product line names of the page's customers. */
    static SqlStatement productLines(List<Long> customerIds) {
        return new SqlStatement("SELECT t0.ID, t1.name FROM customer t0, customer_product_line t2, product_line t1 "
                + "WHERE ((t0.ID IN (" + placeholders(customerIds.size()) + ")) AND ((t2.customer_id = t0.ID) "
                + "AND (t1.ID = t2.product_line_id))) ORDER BY t1.sort_order", new ArrayList<>(customerIds));
    }

    /** Returns the unexpired sharers of the page's customers. */
    static SqlStatement activeSharers(List<Long> customerIds, Instant now) {
        List<Object> parameters = new ArrayList<>(customerIds);
        parameters.add(timestamp(now));
        return new SqlStatement("SELECT t0.ID, t2.ID FROM customer t0, salesperson t2, customer_share t1 "
                + "WHERE (((t1.customer_id IN (" + placeholders(customerIds.size()) + ")) AND ((t1.expires_at IS NULL) "
                + "OR (t1.expires_at > ?))) AND ((t0.ID = t1.customer_id) AND (t2.ID = t1.salesperson_id)))",
                parameters);
    }

    /** Returns the filter predicates joined left to right with AND, or null for none. */
    private static String restrictions(GridCaller caller, List<Long> sharedIds, CustomerFilter filter,
                                       Aliases aliases, List<Object> parameters) {
        String where = null;
        if (!caller.manager()) {
            where = visibleTo(caller, sharedIds, parameters);
        }
        if (filter.productLineId() != null) {
            where = and(where, "(" + aliases.line() + ".ID = ?)");
            parameters.add(filter.productLineId());
        }
        where = equal(where, "business_status", filter.businessStatus(), parameters);
        where = equal(where, "scale", filter.scale(), parameters);
        where = equal(where, "customer_type", filter.type(), parameters);
        where = equal(where, "territory", filter.territory(), parameters);
        where = equal(where, "status", filter.status(), parameters);
        if (filter.keyword() != null && !filter.keyword().isBlank()) {
            where = and(where, keywordMatches(filter.keyword(), aliases.search(), parameters));
        }
        return where;
    }

    /** Returns the search table's match: the search text from three characters on, else the pairs. */
    private static String keywordMatches(String keyword, String search, List<Object> parameters) {
        String text = keyword.trim().toLowerCase(Locale.ROOT);
        int length = text.codePointCount(0, text.length());
        String escaped = escapeLike(text);
        String column = length >= 3 ? "search_text" : "pairs";
        String pattern;
        if (length >= 3) {
            pattern = "%" + escaped + "%";
        } else if (length == 2) {
            pattern = "% " + escaped + " %";
        } else {
            pattern = "% " + escaped + "%";
        }
        parameters.add(pattern);
        parameters.add(LIKE_ESCAPE);
        return "(t0.ID IN (SELECT " + search + ".customer_id FROM customer_search " + search + " WHERE ("
                + search + "." + column + " LIKE ? ESCAPE ?)))";
    }

    private static String visibleTo(GridCaller caller, List<Long> sharedIds, List<Object> parameters) {
        String owned = null;
        if (caller.salespersonId() != null) {
            owned = "(t0.owner_id = ?)";
            parameters.add(caller.salespersonId());
            if (!sharedIds.isEmpty()) {
                owned = "(" + owned + " OR (t0.ID IN (" + placeholders(sharedIds.size()) + ")))";
                parameters.addAll(sharedIds);
            }
        }
        if (caller.merchandiserId() != null) {
            String merchandised = "(t0.merchandiser_id = ?)";
            parameters.add(caller.merchandiserId());
            return owned == null ? merchandised : "(" + owned + " OR " + merchandised + ")";
        }
        return owned == null ? "(1 = 0)" : owned;
    }

    private static String equal(String where, String column, Enum<?> value, List<Object> parameters) {
        if (value == null) {
            return where;
        }
        parameters.add(value.name());
        return and(where, "(t0." + column + " = ?)");
    }

    private static String lineJoin(Aliases aliases) {
        return "((" + aliases.link() + ".customer_id = t0.ID) AND (" + aliases.line() + ".ID = " + aliases.link()
                + ".product_line_id))";
    }

    private static String and(String left, String right) {
        if (left == null) {
            return right;
        }
        return right == null ? left : "(" + left + " AND " + right + ")";
    }

    private static String column(CustomerSort.Field field) {
        return switch (field) {
            case CODE -> "code";
            case NAME -> "name";
            case LAST_TRANSACTION_DATE -> "last_transaction_date";
            case SCALE -> "scale";
            case TYPE -> "customer_type";
            case BUSINESS_STATUS -> "business_status";
            case UPDATED_AT -> "updated_at";
            case STATUS -> "status";
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** Binds an instant as the application's converter does: a timestamp with time zone at UTC. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Table aliases of one statement; the customer is always t0.
     *
     * @param line the product line alias, or null without the product line filter
     * @param link the customer_product_line alias, or null without the product line filter
     * @param search the customer_search alias in the fuzzy search's subquery
     */
    private record Aliases(String line, String link, String search) {
    }
}
