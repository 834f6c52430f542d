package cn.salescrm.service.customer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.service.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NewCustomerValidatorTest {

    private static NewCustomer valid(String code, String name, List<Long> lines) {
        return new NewCustomer(code, "简称", name, lines, null, CustomerScale.SMALL, CustomerType.END_USER,
                BusinessStatus.DEVELOPING, Territory.SOUTH_CHINA, null, null, null, null, null, null, null);
    }

    @Test
    void validInputPasses() {
        assertDoesNotThrow(() -> NewCustomerValidator.validate(valid("S037", "深圳市测试电子有限公司", List.of(1L))));
    }

    @Test
    void blankCodeIsRequired() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> NewCustomerValidator.validate(valid("  ", "名称", List.of(1L))));

        assertEquals("code", e.field());
        assertEquals("validation.required", e.messageKey());
    }

    @Test
    void codeWithSpaceInsideIsRejected() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> NewCustomerValidator.validate(valid("S 37", "名称", List.of(1L))));

        assertEquals("customer.code.pattern", e.messageKey());
    }

    @Test
    void lowerCaseCodeIsNormalized() {
        assertEquals("S037-A", NewCustomerValidator.normalizeCode(" s037-a "));
    }

    @Test
    void missingProductLineIsRequired() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> NewCustomerValidator.validate(valid("S038", "名称", List.of())));

        assertEquals("productLines", e.field());
    }

    @Test
    void overlongNameIsRejected() {
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> NewCustomerValidator.validate(valid("S039", "名".repeat(201), List.of(1L))));

        assertEquals("name", e.field());
        assertEquals("validation.tooLong", e.messageKey());
        assertEquals(List.of("200"), e.arguments());
    }
}
