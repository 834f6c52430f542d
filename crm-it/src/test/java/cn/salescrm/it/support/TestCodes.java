package cn.salescrm.it.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Code prefixes that make each test's directory entries and customers its own.
 */
public final class TestCodes {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestCodes() {
    }

    /** Returns a code prefix no earlier run has used, such as {@code T1K9ZQ4A}, at most 12 characters. */
    public static String uniquePrefix() {
        String time = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String counter = Integer.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
        return "T" + time.substring(Math.max(0, time.length() - 7)) + counter;
    }
}
