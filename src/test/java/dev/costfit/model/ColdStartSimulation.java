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
        PriorityQueue<Double> busyUntil = new PriorityQueue<>();
        ArrayDeque<Double> idleSince = new ArrayDeque<>(); // oldest first, most recent last
        double time = 0;
        int warmUp = requests / 20;
        int cold = 0;
        for (int i = 0; i < requests; i++) {
            time += -Math.log(1 - random.nextDouble()) / rate;
            while (!busyUntil.isEmpty() && busyUntil.peek() <= time) {
                idleSince.addLast(busyUntil.poll());
            }
            while (!idleSince.isEmpty() && time - idleSince.peekFirst() > keepAlive) {
                idleSince.pollFirst();
            }
            if (idleSince.isEmpty()) {
                if (i >= warmUp) {
                    cold++;
                }
            } else {
                idleSince.pollLast();
            }
            busyUntil.add(time + duration.getAsDouble());
        }
        return cold / (double) (requests - warmUp);
    }
}
