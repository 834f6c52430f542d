package cn.salescrm.domain.support;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Converts every {@link Instant} attribute to an {@link OffsetDateTime} at {@link ZoneOffset#UTC} for the
 * TIMESTAMP WITH TIME ZONE columns, and back. Nulls pass through.
 *
 * <p>NOTE: EclipseLink 4.0.9 binds an OffsetDateTime as {@code setTimestamp(Timestamp.from(instant))}, so the
 * driver converts the instant through the JVM time zone. PostgreSQL stores the same instant in any JVM zone. H2 keeps
 * the JVM zone's offset instead of UTC, and in a zone with daylight saving time an instant inside the repeated
 * autumn hour comes back one hour early (seen with H2 2.3.232). With H2, run the JVM in UTC or in a zone
 * without daylight saving time.
 */
@Converter(autoApply = true)
public class InstantAttributeConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant attribute) {
        return attribute == null ? null : attribute.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime dbData) {
        return dbData == null ? null : dbData.toInstant();
    }
}
