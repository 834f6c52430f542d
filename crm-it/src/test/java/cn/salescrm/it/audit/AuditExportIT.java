package cn.salescrm.it.audit;

import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.audit.AuditFilter;
import cn.salescrm.service.audit.AuditRow;
import cn.salescrm.service.audit.AuditService;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.service.transfer.TransferChange;
import cn.salescrm.service.transfer.TransferService;
import cn.salescrm.web.audit.AuditWorkbook;
import cn.salescrm.web.support.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Excel export of the audit trail, written by the same class the export servlet uses and read
 * back with POI: header in the user's language, one row per matching event, times as Excel dates in
 * Asia/Shanghai.
 */
@ExtendWith(ArquillianExtension.class)
class AuditExportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AuditExportIT.class);
    }

    @EJB
    private TestData data;
    @EJB
    private TransferService transfers;
    @EJB
    private AuditService audit;

    private String prefix;

    @BeforeEach
    void createEvents() throws Exception {
        prefix = TestCodes.uniquePrefix();
        long salesA = data.salesperson(prefix + "A", "导出甲", TestUsers.SALES_1, null);
        long salesB = data.salesperson(prefix + "B", "导出乙", TestUsers.SALES_2, null);
        for (String suffix : List.of("X", "Y")) {
            long customerId = data.customer(CustomerSpec.of(prefix + suffix, "导出客户" + suffix, salesA));
            TransferChange change = new TransferChange(data.version(customerId), salesB, List.of(), false, null,
                    "导出测试");
            RunAs.user(TestUsers.MANAGER, () -> transfers.submit(prefix + suffix, change));
        }
    }

    @Test
    void workbookRowsMatchFilter() throws Exception {
        AuditFilter filter = new AuditFilter(prefix, null, null, null, null);
        List<AuditRow> expected = RunAs.user(TestUsers.MANAGER, () -> audit.search(filter, 0, 10)).rows();

        Sheet sheet = export(filter, Locale.SIMPLIFIED_CHINESE).getSheetAt(0);

        assertEquals(2, expected.size());
        assertEquals(expected.size(), sheet.getLastRowNum());
        Row header = sheet.getRow(0);
        assertEquals("时间", header.getCell(0).getStringCellValue());
        assertEquals("客户编号", header.getCell(2).getStringCellValue());
        for (int i = 0; i < expected.size(); i++) {
            AuditRow event = expected.get(i);
            Row row = sheet.getRow(i + 1);
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(0)), "time cell is not a date");
            LocalDateTime shanghai = event.occurredAt().atZone(BusinessDays.ZONE).toLocalDateTime();
            Duration offset = Duration.between(shanghai, row.getCell(0).getLocalDateTimeCellValue()).abs();
            assertTrue(offset.compareTo(Duration.ofSeconds(1)) < 0, "time differs by " + offset);
            assertEquals("客户移交", row.getCell(1).getStringCellValue());
            assertEquals(event.customerCode(), row.getCell(2).getStringCellValue());
            assertEquals("导出甲", row.getCell(4).getStringCellValue());
            assertEquals("导出乙", row.getCell(5).getStringCellValue());
            assertEquals(TestUsers.MANAGER, row.getCell(6).getStringCellValue());
            assertEquals(event.requestId().doubleValue(), row.getCell(8).getNumericCellValue());
            assertEquals("导出测试", row.getCell(9).getStringCellValue());
        }
    }

    @Test
    void englishHeaderAndLabels() throws Exception {
        Sheet sheet = export(new AuditFilter(prefix + "X", null, null, null, null), Locale.ENGLISH).getSheetAt(0);

        assertEquals(1, sheet.getLastRowNum());
        assertEquals("Time", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("Transferred", sheet.getRow(1).getCell(1).getStringCellValue());
    }

    @Test
    void filterWithoutMatchGivesHeaderOnly() throws Exception {
        LocalDate tomorrow = BusinessDays.dayOf(Instant.now()).plusDays(1);

        Sheet sheet = export(new AuditFilter(prefix, null, null, tomorrow, null), Locale.SIMPLIFIED_CHINESE)
                .getSheetAt(0);

        assertEquals(0, sheet.getLastRowNum());
    }

    @Test
    void invalidFilterWritesNothing() {
        LocalDate today = BusinessDays.dayOf(Instant.now());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditFilter reversed = new AuditFilter(prefix, null, null, today, today.minusDays(1));

        Exception thrown = assertThrows(Exception.class, () -> RunAs.user(TestUsers.MANAGER,
                () -> new AuditWorkbook(audit, bundle(Locale.SIMPLIFIED_CHINESE)).write(reversed, out)));

        assertInstanceOf(ValidationFailedException.class, thrown);
        assertEquals(0, out.size());
    }

    @Test
    void salespersonMayNotExport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Exception thrown = assertThrows(Exception.class, () -> RunAs.user(TestUsers.SALES_1,
                () -> new AuditWorkbook(audit, bundle(Locale.SIMPLIFIED_CHINESE)).write(AuditFilter.none(), out)));

        assertInstanceOf(EJBAccessException.class, thrown);
        assertEquals(0, out.size());
    }

    private XSSFWorkbook export(AuditFilter filter, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = RunAs.user(TestUsers.MANAGER, () -> new AuditWorkbook(audit, bundle(locale)).write(filter, out));
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(rows, workbook.getSheetAt(0).getLastRowNum());
        return workbook;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }
}
