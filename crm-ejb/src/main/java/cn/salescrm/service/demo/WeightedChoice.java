package cn.salescrm.service.demo;

import java.util.SplittableRandom;

/**
 * Random choice among values with integer weights. The first draws can be forced to walk through
 * every value once, so that even a small data set uses each value at least once.
 */
final class WeightedChoice<T> {

    private final T[] values;
    private final int[] cumulativeWeights;

    private WeightedChoice(T[] values, int[] weights) {
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("Expected one weight per value and at least one value, got "
                    + values.length + " values and " + weights.length + " weights");
        }
        this.values = values.clone();
        this.cumulativeWeights = new int[weights.length];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            cumulativeWeights[i] = total;
        }
    }

    /** Creates a choice among the values, weighted by the weight at the same index. */
    static <T> WeightedChoice<T> of(T[] values, int... weights) {
        return new WeightedChoice<>(values, weights);
    }

    T pick(SplittableRandom random) {
        int draw = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        int index = 0;
        while (cumulativeWeights[index] <= draw) {
            index++;
        }
        return values[index];
    }

    /**
     * Returns value number {@code sequence} for the first draws (sequence below the number of
     * values), a weighted random value after that.
     */
    T pickCovering(SplittableRandom random, long sequence) {
        if (sequence < values.length) {
            return values[(int) sequence];
        }
        return pick(random);
    }
}
