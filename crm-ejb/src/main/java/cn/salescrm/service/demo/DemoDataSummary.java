package cn.salescrm.service.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result of one demo data fill: the rows written per table, in insert order, and the wall-clock
 * time the fill took.
 *
 * @param rowCounts     rows written, keyed by table name
 * @param elapsedMillis milliseconds from the start of the fill to its last commit
 */
public record DemoDataSummary(Map<String, Long> rowCounts, long elapsedMillis) {

    public DemoDataSummary {
        rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
    }

    /** Returns the rows written to the table, 0 for a table the fill did not touch. */
    public long rowCount(String tableName) {
        return rowCounts.getOrDefault(tableName, 0L);
    }

    /** Returns the rows written over all tables. */
    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Returns one line per table and a total line, for printing. */
    public String format() {
        StringBuilder text = new StringBuilder();
        rowCounts.forEach((table, rows) -> text.append(String.format("%-24s %,12d%n", table, rows)));
        text.append(String.format("%-24s %,12d rows in %,d ms%n", "total", totalRows(), elapsedMillis));
        return text.toString();
    }
}
