package dev.costfit.units;

/** A plain count (instances, vCPUs, environments): the one quantity written without a unit. */
public record Count(double value) implements Quantity {

    @Override
    public double magnitude() {
        return value;
    }

    @Override
    public String display() {
        return Numbers.grouped(value, 3);
    }

    @Override
    public String toString() {
        return display();
    }
}
