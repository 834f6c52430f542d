package cn.salescrm.bench.support;

import java.util.Locale;

/**
 * Compares a measured value with its target and words the outcome for the results table, such as
 * "met (0.42× the limit)" or "missed (2.10× the limit)". The benchmark prints the outcome; it never
 * fails a build over it.
 */
public final class Target {

    private Target() {
    }

    /** Returns the outcome for a value that must not exceed {@code limit}, such as a latency. */
    public static String atMost(double measured, double limit) {
        String factor = factor(measured / limit);
        return (measured <= limit ? "met (" : "missed (") + factor + " the limit)";
    }

    /** Returns the outcome for a value that must reach at least {@code minimum}, such as a throughput. */
    public static String atLeast(double measured, double minimum) {
        String factor = factor(measured / minimum);
        return (measured >= minimum ? "met (" : "missed (") + factor + " the minimum)";
    }

    /** Formats a number with two decimals and a dot, whatever the default locale. */
    public static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String factor(double ratio) {
        return decimal(ratio) + "×";
    }
}
