package dev.costfit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * A discrete-event simulation of Poisson arrivals served by instances that hold up to c requests each: the time
 * average of instances with at least one request. Two routings: {@code packed} keeps exactly ceil(in flight / c)
 * instances busy (requests are consolidated, the assumption of the analytic model); {@code fullestFirst} sends a
 * request to the fullest instance that has room and never moves it, as a real router does.
 */
final class InstanceSimulation {

    private InstanceSimulation() {
    }

    private record Departure(double time, int instance) implements Comparable<Departure> {
        @Override
        public int compareTo(Departure o) {
            return Double.compare(time, o.time);
        }
    }

    /** Mean busy instances over {@code horizon} seconds with arrivals at {@code rate} per second. */
    static double meanBusy(double rate, DoubleSupplier duration, int capacity, double horizon, Random random,
                           boolean fullestFirst) {
        PriorityQueue<Departure> departures = new PriorityQueue<>();
        List<Integer> load = new ArrayList<>();
        int inFlight = 0;
        int busyInstances = 0;
        double area = 0;
        double last = 0;
        double time = 0;
        double warmUp = horizon * 0.05;
        while (time < horizon) {
            time += -Math.log(1 - random.nextDouble()) / rate;
            while (!departures.isEmpty() && departures.peek().time() <= time) {
                Departure d = departures.poll();
                area += busy(fullestFirst, busyInstances, inFlight, capacity) * span(last, d.time(), warmUp);
                last = d.time();
                inFlight--;
                if (fullestFirst) {
                    int n = load.get(d.instance()) - 1;
                    load.set(d.instance(), n);
                    if (n == 0) {
                        busyInstances--;
                    }
                }
            }
            area += busy(fullestFirst, busyInstances, inFlight, capacity) * span(last, time, warmUp);
            last = time;
            int instance = -1;
            if (fullestFirst) {
                int best = -1;
                for (int i = 0; i < load.size(); i++) {
                    int n = load.get(i);
                    if (n > 0 && n < capacity && (best < 0 || n > load.get(best))) {
                        best = i;
                    }
                }
                if (best < 0) {
                    best = load.indexOf(0);
                    if (best < 0) {
                        load.add(0);
                        best = load.size() - 1;
                    }
                    busyInstances++;
                }
                load.set(best, load.get(best) + 1);
                instance = best;
            }
            inFlight++;
            departures.add(new Departure(time + duration.getAsDouble(), instance));
        }
        return area / (horizon - warmUp);
    }

    private static double busy(boolean fullestFirst, int busyInstances, int inFlight, int capacity) {
        return fullestFirst ? busyInstances : Math.ceil(inFlight / (double) capacity);
    }

    /** The part of [from, to] after the warm-up. */
    private static double span(double from, double to, double warmUp) {
        return Math.max(0, to - Math.max(from, warmUp));
    }
}
