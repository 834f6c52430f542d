package cn.salescrm.service.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Dates and instants of the demo data, relative to the moment of the fill. Customers are created
 * over the last three years in the order of their ids, so the customer code order is the creation
 * order. Records (follow-ups, orders and the like) fall within the last two years and never before
 * their customer was created. Instants are in UTC, and working hours are those of Beijing time.
 */
final class DemoTimeline {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final LocalTime WORKDAY_START = LocalTime.of(9, 0);
    private static final int WORKDAY_MINUTES = 9 * 60;

    private final OffsetDateTime now;
    private final LocalDate today;
    private final OffsetDateTime customersStart;
    private final long customerSlotSeconds;
    private final LocalDate recordsStart;

    DemoTimeline(Clock clock, int customers) {
        this.now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS);
        this.today = now.atZoneSameInstant(BEIJING).toLocalDate();
        this.customersStart = now.minusYears(3);
        this.customerSlotSeconds = Math.max(1,
                Duration.between(customersStart, now.minusDays(1)).toSeconds() / customers);
        this.recordsStart = today.minusYears(2);
    }

    OffsetDateTime now() {
        return now;
    }

    LocalDate today() {
        return today;
    }

    /** Returns a creation instant within the customer's time slot. The slots follow the id order. */
    OffsetDateTime customerCreatedAt(long customerId, SplittableRandom random) {
        long slotStart = (customerId - 1) * customerSlotSeconds;
        return customersStart.plusSeconds(slotStart + random.nextLong(customerSlotSeconds));
    }

    /** Returns an instant no customer with this id or a lower one was created after. */
    OffsetDateTime customerCreatedBy(long customerId) {
        return customersStart.plusSeconds(customerId * customerSlotSeconds);
    }

    /** Returns the first day a record of a customer created at the given instant may carry. */
    LocalDate firstRecordDate(OffsetDateTime customerCreatedAt) {
        LocalDate created = customerCreatedAt.atZoneSameInstant(BEIJING).toLocalDate();
        return created.isAfter(recordsStart) ? created : recordsStart;
    }

    /** Returns a day between the two days, both included. */
    LocalDate randomDate(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** Returns an instant between the given one and now. */
    OffsetDateTime randomInstantSince(SplittableRandom random, OffsetDateTime from) {
        long seconds = Duration.between(from, now).toSeconds();
        return seconds <= 0 ? now : from.plusSeconds(random.nextLong(seconds + 1));
    }

    /** Returns an instant during Beijing working hours of the day, but never later than now. */
    OffsetDateTime workingTime(SplittableRandom random, LocalDate day) {
        OffsetDateTime time = day.atTime(WORKDAY_START).atOffset(BEIJING)
                .plusMinutes(random.nextInt(WORKDAY_MINUTES))
                .withOffsetSameInstant(ZoneOffset.UTC);
        return time.isAfter(now) ? now : time;
    }

    long daysBefore(LocalDate day) {
        return ChronoUnit.DAYS.between(day, today);
    }
}
