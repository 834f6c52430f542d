package cn.salescrm.service.support;

import cn.salescrm.service.error.ValidationFailedException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar days as the company counts them: in China Standard Time, where all its offices are.
 */
public final class BusinessDays {

    /** Zone of the company's business day. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDays() {
    }

    /** Returns the business day of the instant. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** Returns the instant a right given "until {@code lastDay}" ends: the start of the next business day. */
    public static Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Returns the last business day of a right that ends at {@code end}, the inverse of {@link #endOf}. */
    public static LocalDate lastDayBefore(Instant end) {
        return dayOf(end.minusNanos(1));
    }

    /**
     * Returns the date if it is present and not after the business day of {@code now}.
     *
     * @throws ValidationFailedException naming the field if the date is missing or in the future
     */
    public static LocalDate notInFuture(String field, LocalDate date, Instant now) {
        Texts.present(field, date);
        if (date.isAfter(dayOf(now))) {
            throw new ValidationFailedException(field, "validation.dateInFuture");
        }
        return date;
    }
}
