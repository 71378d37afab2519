package dev.costfit.model;

import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A simulation of Cloud Run's metrics-based autoscaler as {@link AutoscaledInstances} reads it: Poisson arrivals
 * with exponential durations; each second the autoscaler counts ⌈Ā ÷ n⌉ instances, Ā the requests in flight
 * averaged over the last {@code window} seconds (exactly, from the events), and an instance it no longer counts
 * lives on for {@code keepAlive} seconds: instance k is alive while the count has exceeded k within the last
 * {@code keepAlive} seconds. Returns the instances alive on average above the first.
 */
final class AutoscalerSimulation {

    private AutoscalerSimulation() {
    }

    static double aliveAboveFirst(double rate, double meanSeconds, double perInstance, int window, int keepAlive,
                                  int hours, Random random) {
        int seconds = hours * 3600;
        PriorityQueue<Double> departures = new PriorityQueue<>();
        double next = exponential(random, 1 / rate);
        int inFlight = 0;
        // The last window's seconds of requests in flight, each second's integral.
        double[] recent = new double[window];
        double inWindow = 0;
        // The counts of the last keepAlive seconds, as a monotone queue of (second, count): its head is their most.
        ArrayDeque<int[]> most = new ArrayDeque<>();
        double above = 0;
        int counted = 0;
        int warmUp = Math.max(3600, keepAlive + window);
        for (int s = 0; s < seconds; s++) {
            double end = s + 1;
            double at = s;
            double area = 0;
            while (true) {
                double departure = departures.isEmpty() ? Double.POSITIVE_INFINITY : departures.peek();
                double event = Math.min(departure, next);
                if (event >= end) {
                    break;
                }
                area += inFlight * (event - at);
                at = event;
                if (event == next) {
                    inFlight++;
                    departures.add(event + exponential(random, meanSeconds));
                    next = event + exponential(random, 1 / rate);
                } else {
                    departures.poll();
                    inFlight--;
                }
            }
            area += inFlight * (end - at);
            inWindow += area - recent[s % window];
            recent[s % window] = area;
            int count = (int) Math.ceil(inWindow / window / perInstance - 1e-9);
            while (!most.isEmpty() && most.peekLast()[1] <= count) {
                most.pollLast();
            }
            most.addLast(new int[] {s, count});
            while (most.peekFirst()[0] < s - keepAlive) {
                most.pollFirst();
            }
            if (s >= warmUp) {
                above += Math.max(0, most.peekFirst()[1] - 1);
                counted++;
            }
        }
        return above / counted;
    }

    private static double exponential(Random random, double mean) {
        return -Math.log(1 - random.nextDouble()) * mean;
    }
}
