package cn.salescrm.web.support;

import cn.salescrm.service.support.BusinessDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Date and time display. Instants are stored in UTC and shown in China Standard Time, the zone of
 * every office of the company. Pages write {@code #{formats.date(row.updatedAt())}}.
 */
@Named("formats")
@ApplicationScoped
public class DisplayFormats {

    /** Zone in which every instant is shown. */
    public static final ZoneId DISPLAY_ZONE = BusinessDays.ZONE;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Formats the calendar day of an instant in the display zone; empty for null. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(DISPLAY_ZONE));
    }

    /** Formats a calendar day; empty for null. */
    public String day(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Formats an instant to the minute in the display zone; empty for null. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(DISPLAY_ZONE));
    }

    /** Formats the last day of a right that ends at {@code end} (shown as "至 day"); empty for null. */
    public String lastDay(Instant end) {
        return end == null ? "" : DATE.format(BusinessDays.lastDayBefore(end));
    }
}
