package cn.salescrm.web.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentDispositionTest {

    @Test
    void chineseNameIsPercentEncoded() {
        assertEquals("attachment; filename=\"audit-20261204.xlsx\"; "
                        + "filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97-20261204.xlsx",
                ContentDisposition.attachment("审计日志-20261204.xlsx", "audit-20261204.xlsx"));
    }

    @Test
    void characterOutsideAttrCharIsEncoded() {
        assertEquals("a%20b%2A%27%22%3B.xlsx", ContentDisposition.encode("a b*'\";.xlsx"));
    }

    @Test
    void fallbackKeepsOnlySafeAscii() {
        assertEquals("attachment; filename=\"a_b_.xlsx\"; filename*=UTF-8''a%22b%E5%AE%A1.xlsx",
                ContentDisposition.attachment("a\"b审.xlsx", "a\"b审.xlsx"));
    }
}
