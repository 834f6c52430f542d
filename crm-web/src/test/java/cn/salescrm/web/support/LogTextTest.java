package cn.salescrm.web.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogTextTest {

    @Test
    void lineBreaksCannotForgeLines() {
        assertEquals("X?2026-12-04 ERROR forged", LogText.safe("X\n2026-12-04 ERROR forged"));
    }

    @Test
    void nulBecomesQuestionMark() {
        assertEquals("a?b", LogText.safe("a\u0000b"));
    }

    @Test
    void chineseIsKept() {
        assertEquals("客户C000001", LogText.safe("客户C000001"));
    }

    @Test
    void longTextIsCut() {
        String safe = LogText.safe("x".repeat(500));

        assertTrue(safe.length() <= 203, () -> "length " + safe.length());
    }

    @Test
    void nullIsNamed() {
        assertEquals("null", LogText.safe(null));
    }
}
