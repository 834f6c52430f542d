package cn.salescrm.bench.transfer;

import cn.salescrm.bench.support.Latencies;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a list of work items on a fixed number of container-managed threads, each thread taking the
 * items at its own positions (thread i takes items i, i + n, ...), and times each item and the whole.
 *
 * @param <T> the type of a work item
 */
final class ConcurrentRun<T> {

    /** One timed work item; returns whether it was applied. */
    interface Work<T> {
        boolean run(T item) throws Exception;
    }

    private final ManagedThreadFactory threadFactory;

    ConcurrentRun(ManagedThreadFactory threadFactory) {
        this.threadFactory = threadFactory;
    }

    /** Runs the items on {@code threads} threads and returns the timings and the applied items. */
    Outcome<T> run(List<T> items, int threads, Work<T> work) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads, threadFactory);
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(executor.submit(() -> runShare(items, offset, threads, work)));
            }
            Outcome<T> total = new Outcome<>(new Latencies(), new ArrayList<>(), 0);
            for (Future<Outcome<T>> future : futures) {
                total = total.plus(future.get());
            }
            long wallNanos = System.nanoTime() - start;
            return new Outcome<>(total.latencies(), total.applied(), wallNanos);
        } finally {
            executor.shutdown();
            executor.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private Outcome<T> runShare(List<T> items, int offset, int step, Work<T> work) throws Exception {
        Latencies latencies = new Latencies();
        List<T> applied = new ArrayList<>();
        for (int i = offset; i < items.size(); i += step) {
            long start = System.nanoTime();
            boolean done = work.run(items.get(i));
            latencies.add(System.nanoTime() - start);
            if (done) {
                applied.add(items.get(i));
            }
        }
        return new Outcome<>(latencies, applied, 0);
    }

    /** Timings of each item, the applied items and the wall time of the whole run. */
    record Outcome<T>(Latencies latencies, List<T> applied, long wallNanos) {

        Outcome<T> plus(Outcome<T> other) {
            other.latencies().addAllTo(latencies);
            List<T> all = new ArrayList<>(applied);
            all.addAll(other.applied());
            return new Outcome<>(latencies, all, Math.max(wallNanos, other.wallNanos()));
        }

        /** Returns the applied items per second of wall time. */
        double perSecond() {
            return applied.size() / (wallNanos / 1_000_000_000.0);
        }
    }
}
