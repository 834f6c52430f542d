package cn.salescrm.web.audit;

import cn.salescrm.service.audit.AuditFilter;
import cn.salescrm.service.audit.AuditRow;
import cn.salescrm.service.audit.AuditService;
import cn.salescrm.web.support.DisplayFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Writes the audit events that match a filter as an Excel workbook (.xlsx), newest first, at most
 * {@link AuditService#EXPORT_LIMIT} rows. The header row is in the bundle's language and times are
 * Excel dates in Asia/Shanghai. The workbook streams, so it keeps only a window of rows in memory, and
 * it reads the events in batches.
 */
public final class AuditWorkbook {

    /** Bundle keys of the column headers, in column order. */
    static final List<String> HEADER_KEYS = List.of("audit.column.time", "audit.column.type",
            "audit.column.customerCode", "audit.column.customerName", "audit.column.previous", "audit.column.new",
            "audit.column.actor", "audit.column.approver", "audit.column.request", "audit.column.reason",
            "audit.column.detail");

    private static final int ROWS_IN_MEMORY = 200;
    private static final int[] COLUMN_WIDTHS = {20, 14, 16, 30, 12, 12, 14, 14, 10, 40, 50};

    private final AuditService service;
    private final ResourceBundle bundle;

    /** Creates a writer that reads events from {@code service} and labels them from {@code bundle}. */
    public AuditWorkbook(AuditService service, ResourceBundle bundle) {
        this.service = service;
        this.bundle = bundle;
    }

    /**
     * Writes the workbook to {@code out} and returns the number of event rows written.
     *
     * @throws cn.salescrm.service.error.ValidationFailedException if the filter is invalid, before
     *         anything is written
     */
    public int write(AuditFilter filter, OutputStream out) throws IOException {
        List<AuditRow> batch = service.exportBatch(filter, null);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(bundle.getString("audit.export.sheet"));
            writeHeader(workbook, sheet);
            CellStyle timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            int written = 0;
            while (!batch.isEmpty() && written < AuditService.EXPORT_LIMIT) {
                for (AuditRow row : batch) {
                    if (written == AuditService.EXPORT_LIMIT) {
                        break;
                    }
                    writeRow(sheet.createRow(++written), row, timeStyle);
                }
                batch = written < AuditService.EXPORT_LIMIT && batch.size() == AuditService.EXPORT_BATCH_SIZE
                        ? service.exportBatch(filter, batch.get(batch.size() - 1))
                        : List.of();
            }
            workbook.write(out);
            return written;
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private void writeHeader(SXSSFWorkbook workbook, Sheet sheet) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row header = sheet.createRow(0);
        for (int column = 0; column < HEADER_KEYS.size(); column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(bundle.getString(HEADER_KEYS.get(column)));
            cell.setCellStyle(style);
            sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private void writeRow(Row sheetRow, AuditRow row, CellStyle timeStyle) {
        Cell time = sheetRow.createCell(0);
        time.setCellValue(row.occurredAt().atZone(DisplayFormats.DISPLAY_ZONE).toLocalDateTime());
        time.setCellStyle(timeStyle);
        setText(sheetRow, 1, bundle.getString("enum.AuditEventType." + row.type().name()));
        setText(sheetRow, 2, row.customerCode());
        setText(sheetRow, 3, row.customerName());
        setText(sheetRow, 4, row.previousSalesperson());
        setText(sheetRow, 5, row.newSalesperson());
        setText(sheetRow, 6, row.actorLogin());
        setText(sheetRow, 7, row.approverLogin());
        if (row.requestId() != null) {
            sheetRow.createCell(8).setCellValue(row.requestId());
        }
        setText(sheetRow, 9, row.reason());
        setText(sheetRow, 10, row.detail());
    }

    private static void setText(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }
}
