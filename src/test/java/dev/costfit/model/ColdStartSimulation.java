package dev.costfit.model;

import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * A discrete-event simulation of a function's execution environments: Poisson arrivals, one request per
 * environment, an environment kept for {@code keepAlive} seconds after its last request and reused
 * most-recently-used first. Counts the share of requests that find no idle environment.
 */
final class ColdStartSimulation {

    private ColdStartSimulation() {
    }

    static double coldShare(double rate, DoubleSupplier duration, double keepAlive, int requests, Random random) {
        Pool pool = new Pool(keepAlive);
        double time = 0;
        int warmUp = requests / 20;
        int cold = 0;
        for (int i = 0; i < requests; i++) {
            time += -Math.log(1 - random.nextDouble()) / rate;
            if (pool.arrivesCold(time, duration) && i >= warmUp) {
                cold++;
            }
        }
        return cold / (double) (requests - warmUp);
    }

    /**
     * Hours at two rates in turn, {@code quiet} then {@code busy}, for {@code cycles} pairs: the cold starts of a
     * busy hour on average (its first pair left out, the pool still filling), environments living for ever.
     */
    static double coldPerBusyHour(double quiet, double busy, DoubleSupplier duration, double keepAlive, int cycles,
                                  Random random) {
        Pool pool = new Pool(keepAlive);
        double time = 0;
        long cold = 0;
        for (int c = 0; c < cycles; c++) {
            for (int half = 0; half < 2; half++) {
                double rate = half == 0 ? quiet : busy;
                double end = (2 * c + half + 1) * 3600.0;
                for (time += -Math.log(1 - random.nextDouble()) / rate; time < end;
                     time += -Math.log(1 - random.nextDouble()) / rate) {
                    if (pool.arrivesCold(time, duration) && half == 1 && c > 0) {
                        cold++;
                    }
                }
                time = end;
            }
        }
        return cold / (double) (cycles - 1);
    }

    /** Environments living for ever: busy until a time, or idle since one (oldest first, most recent last). */
    private static final class Pool {

        private final double keepAlive;
        private final PriorityQueue<Double> busyUntil = new PriorityQueue<>();
        private final ArrayDeque<Double> idleSince = new ArrayDeque<>();

        Pool(double keepAlive) {
            this.keepAlive = keepAlive;
        }

        /**
         * A request arriving at {@code time}: the most recently used idle environment serves it, else a new one
         * starts cold. Whether it started cold.
         */
        boolean arrivesCold(double time, DoubleSupplier duration) {
            while (!busyUntil.isEmpty() && busyUntil.peek() <= time) {
                idleSince.addLast(busyUntil.poll());
            }
            while (!idleSince.isEmpty() && time - idleSince.peekFirst() > keepAlive) {
                idleSince.pollFirst();
            }
            boolean cold = idleSince.isEmpty();
            if (!cold) {
                idleSince.pollLast();
            }
            busyUntil.add(time + duration.getAsDouble());
            return cold;
        }
    }

    /**
     * The same with environments that live {@code lifetime} seconds from their start however busy: one that reaches
     * it is not reused (an idle one is dropped when next looked at, a busy one after its request).
     */
    static double coldShare(double rate, DoubleSupplier duration, double keepAlive, double lifetime, int requests,
                            Random random) {
        // {time it is busy until, or idle since; time it started}
        PriorityQueue<double[]> busy = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        ArrayDeque<double[]> idle = new ArrayDeque<>(); // by idle since: oldest first, most recent last
        double time = 0;
        int warmUp = requests / 20;
        int cold = 0;
        for (int i = 0; i < requests; i++) {
            time += -Math.log(1 - random.nextDouble()) / rate;
            while (!busy.isEmpty() && busy.peek()[0] <= time) {
                idle.addLast(busy.poll());
            }
            while (!idle.isEmpty() && time - idle.peekFirst()[0] > keepAlive) {
                idle.pollFirst();
            }
            // The most recently used that has not reached its lifetime; those that have are gone.
            double[] reused = null;
            while (!idle.isEmpty() && reused == null) {
                double[] candidate = idle.pollLast();
                if (time - candidate[1] < lifetime) {
                    reused = candidate;
                }
            }
            if (reused == null) {
                if (i >= warmUp) {
                    cold++;
                }
                reused = new double[] {0, time};
            }
            reused[0] = time + duration.getAsDouble();
            busy.add(reused);
        }
        return cold / (double) (requests - warmUp);
    }
}
