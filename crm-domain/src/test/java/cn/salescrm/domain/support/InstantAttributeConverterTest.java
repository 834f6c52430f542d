package cn.salescrm.domain.support;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InstantAttributeConverterTest {

    private final InstantAttributeConverter converter = new InstantAttributeConverter();

    @Test
    void instantRoundTrips() {
        Instant instant = Instant.parse("2024-03-10T23:30:15.123456Z");

        OffsetDateTime column = converter.convertToDatabaseColumn(instant);

        assertEquals(instant, converter.convertToEntityAttribute(column));
    }

    @Test
    void columnValueIsUtc() {
        Instant instant = Instant.parse("2024-03-10T23:30:15Z");

        OffsetDateTime column = converter.convertToDatabaseColumn(instant);

        assertEquals(ZoneOffset.UTC, column.getOffset());
        assertEquals(23, column.getHour());
    }

    @Test
    void columnWithOtherOffsetReadsSameInstant() {
        OffsetDateTime shanghai = OffsetDateTime.parse("2024-03-11T07:30:15+08:00");

        assertEquals(Instant.parse("2024-03-10T23:30:15Z"), converter.convertToEntityAttribute(shanghai));
    }

    @Test
    void nullAttributeGivesNullColumn() {
        assertNull(converter.convertToDatabaseColumn(null));
    }

    @Test
    void nullColumnGivesNullAttribute() {
        assertNull(converter.convertToEntityAttribute(null));
    }
}
